using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Review;

internal static class Suspicions
{
    public static IReadOnlyList<(string Reason, SuspicionFlags Flag)> Reasons { get; } =
    [
        (SuspicionReasons.TooFast, SuspicionFlags.TooFast),
        (SuspicionReasons.Incomplete, SuspicionFlags.Incomplete),
        (SuspicionReasons.Honeypot, SuspicionFlags.Honeypot),
        (SuspicionReasons.Rate, SuspicionFlags.Rate),
    ];

    public static IQueryable<Response> ToReview(this IQueryable<Response> responses) =>
        responses.Where(r => r.Status == ResponseStatus.Completed && r.Flags != SuspicionFlags.None && r.ReviewedAtUtc == null);
}

internal sealed class ListFlaggedResponsesHandler(IQuestionnairesDb db)
    : IRequestHandler<ListFlaggedResponses, Result<FlaggedResponses>>
{
    private const int PageSize = 50;

    public async Task<Result<FlaggedResponses>> Handle(ListFlaggedResponses query, CancellationToken cancellationToken)
    {
        var counts = new List<ReasonCount>();
        foreach (var (reason, flag) in Suspicions.Reasons)
        {
            counts.Add(new ReasonCount(reason, await db.Responses.ToReview().CountAsync(r => (r.Flags & flag) == flag, cancellationToken)));
        }

        var responses = db.Responses.AsNoTracking().ToReview();
        if (Suspicions.Reasons.FirstOrDefault(r => r.Reason == query.Reason) is { Reason: not null } chosen)
        {
            responses = responses.Where(r => (r.Flags & chosen.Flag) == chosen.Flag);
        }

        var page = Math.Max(1, query.Page);
        var rows = await (
                from r in responses
                join c in db.Campaigns on r.CampaignId equals c.Id
                join f in db.Formations on c.FormationKey equals f.Key
                orderby r.CompletedAtUtc descending
                select new { Response = r, CampaignName = c.Name, f.Title, c.Siret })
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var items = rows.Select(x => new FlaggedResponse(
                x.Response.Id, x.CampaignName, x.Title, x.Siret, x.Response.CompletedAtUtc!.Value, x.Response.DurationSeconds ?? 0,
                x.Response.Answers.Count(a => a.Value.Values.Count > 0 || a.Value.ItemValues is { Count: > 0 }),
                Suspicions.Reasons.Where(r => (x.Response.Flags & r.Flag) == r.Flag).Select(r => r.Reason).ToList()))
            .ToList();
        return new FlaggedResponses(counts, items, await responses.CountAsync(cancellationToken), page, PageSize);
    }
}

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
