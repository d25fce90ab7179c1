using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.IntegrationEvents;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// Throws the statistics read side away and counts it again from the module's own campaigns, formations, responses,
/// response choices and roster lines, a batch of campaigns at a time, then the areas' sums from those rows, in one transaction:
/// readers see the old figures until it commits. The events of responses and used personal links not delivered yet to
/// the projection are settled first: the recount includes their rows, and their late delivery must not add them again.
/// </summary>
internal sealed class RebuildStatisticsHandler(IQuestionnairesDb db, TimeProvider clock) : IRequestHandler<RebuildStatistics, Result<int>>
{
    private const int BatchSize = 500;

    public async Task<Result<int>> Handle(RebuildStatistics command, CancellationToken cancellationToken)
    {
        await StatisticsProjection.StopCountedStepsAsync(db, cancellationToken);
        await StatisticsProjection.LockAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SettlePendingAsync<ResponseCompleted, OnResponseCompleted>(now, cancellationToken);
        await db.SettlePendingAsync<ResponseDiscarded, OnResponseDiscarded>(now, cancellationToken);
        await db.SettlePendingAsync<PersonalInvitationUsed, OnPersonalInvitationUsed>(now, cancellationToken);
        await db.AnswerStatistics.ExecuteDeleteAsync(cancellationToken);
        await db.DailyResponses.ExecuteDeleteAsync(cancellationToken);
        await db.DurationBuckets.ExecuteDeleteAsync(cancellationToken);
        await db.CampaignStatistics.ExecuteDeleteAsync(cancellationToken);
        await db.AreaAnswers.ExecuteDeleteAsync(cancellationToken);
        await db.AreaDays.ExecuteDeleteAsync(cancellationToken);
        await db.AreaDurations.ExecuteDeleteAsync(cancellationToken);
        await db.PublicResponseTallies.ExecuteDeleteAsync(cancellationToken);

        var counted = 0;
        while (true)
        {
            var campaigns = await db.Campaigns.AsNoTracking()
                .OrderBy(c => c.Id)
                .Skip(counted)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (campaigns.Count == 0)
            {
                await CountAreasAsync(cancellationToken);
                await StatisticsProjection.RaiseVersionAsync(db, cancellationToken);
                return counted;
            }

            var ids = campaigns.Select(c => c.Id).ToList();
            var keys = campaigns.Select(c => c.FormationKey).Distinct().ToList();
            var formations = await db.Formations.AsNoTracking().Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, cancellationToken);
            var rows = new Dictionary<Guid, CampaignStatistics>();
            foreach (var campaign in campaigns)
            {
                var formation = formations.GetValueOrDefault(campaign.FormationKey);
                var row = CampaignStatistics.Create(campaign.Id, campaign.Siret, campaign.FormationKey, formation);
                row.Schedule(campaign.StartDate, campaign.EndDate, campaign.Seats, campaign.DeletedAtUtc is not null);
                rows.Add(campaign.Id, row);
            }

            var responses = await db.Responses.AsNoTracking()
                .Where(r => ids.Contains(r.CampaignId) && r.Status == ResponseStatus.Completed)
                .Select(r => new { r.CampaignId, r.CompletedAtUtc, r.DurationSeconds, r.FreeTextCount, r.Verified })
                .ToListAsync(cancellationToken);
            foreach (var response in responses)
            {
                rows[response.CampaignId].Count(response.DurationSeconds ?? 0, response.FreeTextCount > 0, response.Verified, +1);
            }

            var invitations = await db.RosterEntries.AsNoTracking()
                .Where(e => ids.Contains(e.CampaignId))
                .GroupBy(e => e.CampaignId)
                .Select(g => new { CampaignId = g.Key, Invited = g.Count(e => e.InvitedAtUtc != null), Answered = g.Count(e => e.Answered) })
                .ToListAsync(cancellationToken);
            foreach (var invitation in invitations)
            {
                rows[invitation.CampaignId].Invited = invitation.Invited;
                rows[invitation.CampaignId].InvitationsAnswered = invitation.Answered;
            }

            db.CampaignStatistics.AddRange(rows.Values);
            db.DurationBuckets.AddRange(responses
                .GroupBy(r => (r.CampaignId, Bucket: DurationBucket.Of(r.DurationSeconds ?? 0)))
                .Select(g => With(DurationBucket.Create(g.Key.CampaignId, g.Key.Bucket), b => b.Responses = g.Count())));
            db.DailyResponses.AddRange(responses
                .GroupBy(r => (r.CampaignId, Day: DateOnly.FromDateTime(r.CompletedAtUtc!.Value)))
                .Select(g => With(DailyResponses.Create(g.Key.CampaignId, g.Key.Day), d => d.Responses = g.Count())));

            var answers = await db.ResponseChoices.AsNoTracking()
                .Where(c => ids.Contains(c.CampaignId))
                .Join(db.Responses.Where(r => r.Status == ResponseStatus.Completed), c => c.ResponseId, r => r.Id, (c, r) => c)
                .GroupBy(c => new { c.CampaignId, c.QuestionKey, c.ItemKey, c.Value })
                .Select(g => new { g.Key.CampaignId, g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Count() })
                .ToListAsync(cancellationToken);
            var respondents = await db.ResponseChoices.AsNoTracking()
                .Where(c => ids.Contains(c.CampaignId) && c.CountsRespondent)
                .Join(db.Responses.Where(r => r.Status == ResponseStatus.Completed), c => c.ResponseId, r => r.Id, (c, r) => c)
                .GroupBy(c => new { c.CampaignId, c.QuestionKey })
                .Select(g => new { g.Key.CampaignId, g.Key.QuestionKey, ItemKey = "", Value = QuestionRespondents.Value, Responses = g.Count() })
                .ToListAsync(cancellationToken);
            db.AnswerStatistics.AddRange(answers.Concat(respondents).Select(a =>
                With(AnswerStatistics.Create(a.CampaignId, a.QuestionKey, a.ItemKey, a.Value), s => s.Responses = a.Responses)));

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            counted += campaigns.Count;
        }
    }

    /// <summary>The area tables and the public tallies, summed from the campaigns' rows just written (deleted campaigns left out).</summary>
    private async Task CountAreasAsync(CancellationToken cancellationToken)
    {
        var live = db.CampaignStatistics.Where(c => !c.Deleted);
        var durations = await db.DurationBuckets.Join(live, d => d.CampaignId, c => c.CampaignId, (d, c) => new { c.RegionCode, c.DepartmentCode, d.Bucket, d.Responses })
            .GroupBy(x => new { x.RegionCode, x.DepartmentCode, x.Bucket })
            .Select(g => new { g.Key.RegionCode, g.Key.DepartmentCode, g.Key.Bucket, Responses = g.Sum(x => (long)x.Responses) })
            .ToListAsync(cancellationToken);
        db.AreaDurations.AddRange(PerArea(
            durations.Select(d => (d.RegionCode, d.DepartmentCode, d.Bucket, d.Responses)), AreaDurations.Create, (a, responses) => a.Responses = responses));

        var days = await db.DailyResponses.Join(live, d => d.CampaignId, c => c.CampaignId, (d, c) => new { c.RegionCode, c.DepartmentCode, d.Day, d.Responses })
            .GroupBy(x => new { x.RegionCode, x.DepartmentCode, x.Day })
            .Select(g => new { g.Key.RegionCode, g.Key.DepartmentCode, g.Key.Day, Responses = g.Sum(x => (long)x.Responses) })
            .ToListAsync(cancellationToken);
        db.AreaDays.AddRange(PerArea(
            days.Select(d => (d.RegionCode, d.DepartmentCode, d.Day, d.Responses)), AreaDays.Create, (a, responses) => a.Responses = responses));

        var answers = await db.AnswerStatistics.Join(live, a => a.CampaignId, c => c.CampaignId, (a, c) => new { c.RegionCode, c.DepartmentCode, a.QuestionKey, a.ItemKey, a.Value, a.Responses })
            .GroupBy(x => new { x.RegionCode, x.DepartmentCode, x.QuestionKey, x.ItemKey, x.Value })
            .Select(g => new { g.Key.RegionCode, g.Key.DepartmentCode, g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(x => (long)x.Responses) })
            .ToListAsync(cancellationToken);
        db.AreaAnswers.AddRange(PerArea(
            answers.Select(a => (a.RegionCode, a.DepartmentCode, (a.QuestionKey, a.ItemKey, a.Value), a.Responses)),
            (area, code, key) => AreaAnswers.Create(area, code, key.QuestionKey, key.ItemKey, key.Value), (a, responses) => a.Responses = responses));

        var scopes = await live.GroupBy(c => new { c.RegionCode, c.DiplomaLevel })
            .Select(g => new { g.Key.RegionCode, g.Key.DiplomaLevel, Responses = g.Sum(c => (long)c.Responses) })
            .ToListAsync(cancellationToken);
        var nationalDays = days.GroupBy(d => d.Day).Select(g => (Day: g.Key, Responses: g.Sum(d => d.Responses))).ToList();
        db.PublicResponseTallies.AddRange(
            nationalDays.GroupBy(d => PublicResponseTally.MonthKey(d.Day)).Select(g => ((PublicResponseTally.Month, g.Key), g.Sum(d => d.Responses)))
                .Concat(scopes.Select(s => ((PublicResponseTally.Region, s.RegionCode), s.Responses)))
                .Concat(scopes.Select(s => ((PublicResponseTally.DiplomaLevel, PublicResponseTally.LevelKey(s.DiplomaLevel)), s.Responses)))
                .GroupBy(t => t.Item1)
                .Where(g => g.Sum(t => t.Item2) != 0)
                .Select(g => With(PublicResponseTally.Create(g.Key.Item1, g.Key.Item2), t => t.Responses = g.Sum(x => x.Item2))));

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Each sum counted in the country, its région and its département, one row per area and key.</summary>
    private static IEnumerable<TRow> PerArea<TKey, TRow>(
        IEnumerable<(string RegionCode, string DepartmentCode, TKey Key, long Responses)> sums,
        Func<string, string, TKey, TRow> create, Action<TRow, long> setResponses)
        where TKey : notnull =>
        sums.SelectMany(s => StatisticsArea.Of(s.RegionCode, s.DepartmentCode).Select(a => (a.Area, a.Code, s.Key, s.Responses)))
            .GroupBy(s => (s.Area, s.Code, s.Key))
            .Select(g => With(create(g.Key.Area, g.Key.Code, g.Key.Key), row => setResponses(row, g.Sum(s => s.Responses))));

    private static T With<T>(T row, Action<T> set)
    {
        set(row);
        return row;
    }
}
