using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Results;

/// <summary>
/// Adds up the counted values of the campaigns' completed responses; questions are merged by key across the
/// versions the campaigns used, labelled by the newest version that has them. Below the anonymity threshold (of the
/// campaigns together, or of a question's respondents) only counts of responses are given.
/// </summary>
internal sealed class GetCampaignResultsHandler(IQuestionnairesDb db, IMediator mediator, AnonymityThreshold threshold) : IRequestHandler<GetCampaignResults, Result<CampaignResults>>
{
    public async Task<Result<CampaignResults>> Handle(GetCampaignResults query, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, query.ActorId, cancellationToken) is not { } managed)
        {
            return Actors.NotAllowed;
        }

        var requested = query.CampaignIds.Distinct().ToList();
        if (requested.Count > 0)
        {
            managed = managed.Where(c => requested.Contains(c.Id));
        }

        var campaigns = await (
                from c in managed
                join f in db.Formations on c.FormationKey equals f.Key
                orderby c.StartDate descending, c.Name
                select new { c.Id, c.Name, f.Title, c.Siret, c.ResponsesCount, c.VersionId, c.StartDate, c.EndDate })
            .ToListAsync(cancellationToken);
        if (campaigns.Count < requested.Count)
        {
            return Error.NotFound("campaign.not_found", "Une des campagnes demandées n’existe pas ou ne vous concerne pas.");
        }

        var ids = campaigns.Select(c => c.Id).ToList();
        var completed = await db.Responses.AsNoTracking()
            .Where(r => ids.Contains(r.CampaignId) && r.Status == ResponseStatus.Completed)
            .Select(r => new { Duration = r.DurationSeconds ?? 0, r.FreeTextCount, r.Verified })
            .ToListAsync(cancellationToken);
        var counts = await db.ResponseChoices.AsNoTracking()
            .Where(c => ids.Contains(c.CampaignId))
            .GroupBy(c => new { c.QuestionKey, c.ItemKey, c.Value })
            .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Count = g.Count(), Respondents = g.Count(c => c.CountsRespondent) })
            .ToListAsync(cancellationToken);
        var respondents = counts.GroupBy(c => c.QuestionKey).ToDictionary(g => g.Key, g => g.Sum(c => c.Respondents));

        var shown = threshold.Allows(completed.Count);
        var labels = await db.MergedQuestionsAsync(campaigns.Select(c => c.VersionId).Distinct().ToList(), cancellationToken);
        var questions = labels.Select(q =>
            {
                var answered = respondents.GetValueOrDefault(q.Question.Key);
                var masked = answered > 0 && !threshold.Allows(answered);
                return new QuestionResult(
                    q.Question.Key,
                    q.View.Kind,
                    q.Question.Label,
                    q.Category,
                    answered,
                    masked
                        ? []
                        : counts.Where(c => c.QuestionKey == q.Question.Key)
                            .Select(c => Row(q, c.ItemKey, c.Value, c.Count))
                            .OrderBy(r => q.Order(r.ItemKey, r.ValueKey))
                            .ToList(),
                    masked);
            })
            .ToList();

        var roster = await db.RosterEntries.AsNoTracking()
            .Where(e => ids.Contains(e.CampaignId))
            .GroupBy(e => 1)
            .Select(g => new RosterCounts(g.Count(), g.Count(e => e.InvitedAtUtc != null), g.Count(e => e.Opened), g.Count(e => e.Answered)))
            .FirstOrDefaultAsync(cancellationToken) ?? new RosterCounts(0, 0, 0, 0);
        var durations = completed.Select(r => r.Duration).Order().ToList();
        return new CampaignResults(
            campaigns.Select(c => new ResultCampaign(c.Id, c.Name, c.Title, c.Siret, c.ResponsesCount, c.StartDate, c.EndDate)).ToList(),
            completed.Count,
            shown && durations.Count > 0 ? durations[durations.Count / 2] : null,
            shown ? (double)completed.Count(r => r.FreeTextCount > 0) / completed.Count : null,
            questions,
            completed.Count(r => r.Verified),
            roster,
            threshold.Value,
            await db.Responses.CountAsync(r => ids.Contains(r.CampaignId) && r.Status == ResponseStatus.InProgress, cancellationToken));
    }

    private static ResultRow Row(MergedQuestion question, string itemKey, string value, int count)
    {
        var item = itemKey.Length == 0 ? null : itemKey;
        return new ResultRow(item, item is null ? null : question.OptionOrItemLabel(item), value, question.ValueLabel(value), count);
    }
}
