using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Versions;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Answering;

internal sealed class GetResponseStepHandler(IQuestionnairesDb db, TimeProvider clock, QuestionnaireDefinitionCache definitions, CampaignLinkCache links)
    : IRequestHandler<GetResponseStep, ResponseStep?>
{
    public async Task<ResponseStep?> Handle(GetResponseStep query, CancellationToken cancellationToken)
    {
        var linked = await db.FindCampaignAsync(query.Token, clock, definitions, links, cancellationToken);
        if (linked?.Definition is not { } definition)
        {
            return null;
        }

        var response = await db.Responses.AsNoTracking().OpenAsync(query.Key, linked.Campaign.Id, cancellationToken);
        var resume = Math.Min(response?.NextStepIndex(definition) ?? 0, definition.Steps.Count - 1);
        var step = definition.Steps[Math.Clamp(query.StepNumber - 1, 0, definition.Steps.Count - 1)];
        var saved = response?.Answers.GetValueOrDefault(step.Question.Key);
        return new ResponseStep(
            linked.Landing,
            response is { Status: not ResponseStatus.InProgress },
            step.Number,
            definition.Steps.Count,
            resume + 1,
            definition.Categories.Select(c => new StepperPart(c.Title, c.Emoji)).ToList(),
            step.CategoryIndex,
            step.Question.ToView(),
            step.Action switch
            {
                StepAction.Finish => StepActions.Finish,
                StepAction.NextPart => StepActions.NextPart,
                _ => StepActions.Next,
            },
            saved is null
                ? PostedAnswer.Empty
                : new PostedAnswer(saved.Values, saved.ItemValues ?? new Dictionary<string, string>(), saved.FollowUp));
    }
}
