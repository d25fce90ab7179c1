using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Review;

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
