using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

internal sealed class EnsureDefaultQuestionnaireHandler(IQuestionnairesDb db, TimeProvider clock)
    : IRequestHandler<EnsureDefaultQuestionnaire, Result>
{
    public async Task<Result> Handle(EnsureDefaultQuestionnaire command, CancellationToken cancellationToken)
    {
        if (await db.Versions.AnyAsync(cancellationToken))
        {
            return Result.Success();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = QuestionnaireVersion.CreateDraft(1, DefaultQuestionnaire.Json, now).Value;
        var validated = version.Validate(now);
        if (!validated.IsSuccess)
        {
            return validated;
        }

        db.Versions.Add(version);
        return Result.Success();
    }
}
