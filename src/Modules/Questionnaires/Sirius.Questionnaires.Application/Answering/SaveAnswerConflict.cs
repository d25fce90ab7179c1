using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>The same response saved from two windows at once: the later save finds the response's revision changed.</summary>
internal sealed class SaveAnswerConflict : IConcurrencyConflict<SaveAnswer>
{
    public Error ErrorFor(SaveAnswer command) =>
        Error.Conflict("response.concurrent", "Cette réponse vient d’être enregistrée depuis une autre fenêtre : recharge la page pour continuer.");
}
