using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Review;

internal sealed class ReviewFlaggedResponsesHandler(IQuestionnairesDb db, TimeProvider clock)
    : IRequestHandler<ReviewFlaggedResponses, Result<int>>
{
    public async Task<Result<int>> Handle(ReviewFlaggedResponses command, CancellationToken cancellationToken)
    {
        if (command.Decision is not (ReviewDecisions.Discard or ReviewDecisions.Keep))
        {
            return new Error("review.decision", "Choisissez d’écarter ou de conserver les réponses.", ErrorKind.Invalid, "decision");
        }

        var ids = command.ResponseIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Error("review.empty", "Cochez au moins une réponse.", ErrorKind.Invalid, "responseIds");
        }

        var responses = await db.Responses.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        if (responses.Count != ids.Count)
        {
            return Error.NotFound("response.not_found", "Une des réponses cochées n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Decision == ReviewDecisions.Discard)
        {
            await StatisticsProjection.HoldOffRebuildAsync(db, cancellationToken);
        }

        foreach (var response in responses)
        {
            var reviewed = command.Decision == ReviewDecisions.Keep ? response.Keep(now) : await DiscardAsync(response, now, cancellationToken);
            if (!reviewed.IsSuccess)
            {
                return reviewed.Error!;
            }
        }

        return responses.Count;
    }

    private async Task<Result> DiscardAsync(Response response, DateTime now, CancellationToken cancellationToken)
    {
        var discarded = response.Discard(now);
        if (!discarded.IsSuccess)
        {
            return discarded;
        }

        await db.Campaigns.Where(c => c.Id == response.CampaignId && c.ResponsesCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsesCount, c => c.ResponsesCount - 1), cancellationToken);
        await db.ResponseChoices.Where(c => c.ResponseId == response.Id).ExecuteDeleteAsync(cancellationToken);
        db.Publish(new ResponseDiscarded(Guid.CreateVersion7(), now, response.Id, response.CampaignId));
        return Result.Success();
    }
}
