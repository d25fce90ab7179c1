using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>Keeps the statistics read side in step with campaigns and responses (see <see cref="CampaignStatistics"/>).</summary>
internal static class StatisticsProjection
{
    /// <summary>
    /// Taken before reading the rows a response or a deletion adds to: every change to the national, région and
    /// département rows, and to a campaign's counters, reads them, adds and writes them back, so writers on two host
    /// instances take turns. Invitation counters are raised by atomic updates instead (no read, so no turn to take).
    /// </summary>
    public static Task LockAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.LockAsync("questionnaires.statistics", cancellationToken);

    private const string RebuildBarrier = "questionnaires.statistics.rebuild";

    /// <summary>
    /// Taken, before any other write, by the steps that change what the rebuild recounts (a personal link used, a
    /// response completed or discarded): they run side by side, but none commits while a rebuild counts, so that each
    /// is either in the rebuild's rows or delivered after it, never both.
    /// </summary>
    public static Task HoldOffRebuildAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.ShareLockAsync(RebuildBarrier, cancellationToken);

    /// <summary>Taken by the rebuild: waits for the steps in progress to commit and holds new ones until it commits.</summary>
    public static Task StopCountedStepsAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.LockAsync(RebuildBarrier, cancellationToken);

    /// <summary>Copies a campaign's scope, dates, seats and deletion into its statistics row, creating it if needed.</summary>
    public static async Task SyncCampaignAsync(IQuestionnairesDb db, Campaign campaign, CampaignFormation formation, CancellationToken cancellationToken)
    {
        var row = db.CampaignStatistics.Local.FirstOrDefault(r => r.CampaignId == campaign.Id)
                  ?? await db.CampaignStatistics.FindAsync([campaign.Id], cancellationToken);
        if (row is null)
        {
            row = Domain.Statistics.CampaignStatistics.Create(campaign.Id, campaign.Siret, formation.Key, formation);
            db.CampaignStatistics.Add(row);
        }

        var wasDeleted = row.Deleted;
        row.Schedule(campaign.StartDate, campaign.EndDate, campaign.Seats, campaign.DeletedAtUtc is not null);
        if (row.Deleted && !wasDeleted)
        {
            await LeaveAreasAsync(db, row, cancellationToken);
        }
    }

    /// <summary>Takes a campaign's counters out of its areas when it is deleted (a deletion is final).</summary>
    private static async Task LeaveAreasAsync(IQuestionnairesDb db, CampaignStatistics campaign, CancellationToken cancellationToken)
    {
        await LockAsync(db, cancellationToken);
        var id = campaign.CampaignId;
        var durations = await db.DurationBuckets.AsNoTracking().Where(d => d.CampaignId == id && d.Responses != 0)
            .Select(d => new { d.Bucket, d.Responses }).ToListAsync(cancellationToken);
        var days = await db.DailyResponses.AsNoTracking().Where(d => d.CampaignId == id && d.Responses != 0)
            .Select(d => new { d.Day, d.Responses }).ToListAsync(cancellationToken);
        var answers = await db.AnswerStatistics.AsNoTracking().Where(a => a.CampaignId == id && a.Responses != 0)
            .Select(a => new { a.QuestionKey, a.ItemKey, a.Value, a.Responses }).ToListAsync(cancellationToken);
        await AddToAreasAsync(
            db, campaign,
            durations.Select(d => (d.Bucket, -(long)d.Responses)),
            days.Select(d => (d.Day, -(long)d.Responses)),
            answers.Select(a => ((a.QuestionKey, a.ItemKey, a.Value), -(long)a.Responses)),
            cancellationToken);
    }

    /// <summary>
    /// Adds counts to the country's, the campaign's région's and its département's rows, creating the missing ones
    /// (rows added earlier in the same unit of work and not saved yet are found in the change tracker).
    /// </summary>
    private static async Task AddToAreasAsync(
        IQuestionnairesDb db, CampaignStatistics campaign,
        IEnumerable<(int Bucket, long Responses)> durations,
        IEnumerable<(DateOnly Day, long Responses)> days,
        IEnumerable<((string QuestionKey, string ItemKey, string Value) Key, long Responses)> answers,
        CancellationToken cancellationToken)
    {
        var areas = StatisticsArea.Of(campaign.RegionCode, campaign.DepartmentCode);
        var (region, department) = (campaign.RegionCode, campaign.DepartmentCode);
        bool InAreas(string area, string code) => areas.Contains((area, code));

        var durationList = durations.ToList();
        var buckets = durationList.Select(d => d.Bucket).Distinct().ToList();
        await db.AreaDurations.Where(a => buckets.Contains(a.Bucket)
                && (a.Area == StatisticsArea.National || (a.Area == StatisticsArea.Region && a.Code == region) || (a.Area == StatisticsArea.Department && a.Code == department)))
            .LoadAsync(cancellationToken);
        var durationRows = db.AreaDurations.Local.Where(a => InAreas(a.Area, a.Code)).ToDictionary(a => (a.Area, a.Code, a.Bucket));
        foreach (var (area, code) in areas)
        {
            foreach (var (bucket, responses) in durationList)
            {
                if (!durationRows.TryGetValue((area, code, bucket), out var row))
                {
                    row = durationRows[(area, code, bucket)] = AreaDurations.Create(area, code, bucket);
                    db.AreaDurations.Add(row);
                }

                row.Responses += responses;
            }
        }

        var dayList = days.ToList();
        var dates = dayList.Select(d => d.Day).Distinct().ToList();
        await db.AreaDays.Where(a => dates.Contains(a.Day)
                && (a.Area == StatisticsArea.National || (a.Area == StatisticsArea.Region && a.Code == region) || (a.Area == StatisticsArea.Department && a.Code == department)))
            .LoadAsync(cancellationToken);
        var dayRows = db.AreaDays.Local.Where(a => InAreas(a.Area, a.Code)).ToDictionary(a => (a.Area, a.Code, a.Day));
        foreach (var (area, code) in areas)
        {
            foreach (var (day, responses) in dayList)
            {
                if (!dayRows.TryGetValue((area, code, day), out var row))
                {
                    row = dayRows[(area, code, day)] = AreaDays.Create(area, code, day);
                    db.AreaDays.Add(row);
                }

                row.Responses += responses;
            }
        }

        var answerList = answers.ToList();
        var questions = answerList.Select(a => a.Key.QuestionKey).Distinct().ToList();
        await db.AreaAnswers.Where(a => questions.Contains(a.QuestionKey)
                && (a.Area == StatisticsArea.National || (a.Area == StatisticsArea.Region && a.Code == region) || (a.Area == StatisticsArea.Department && a.Code == department)))
            .LoadAsync(cancellationToken);
        var answerRows = db.AreaAnswers.Local.Where(a => InAreas(a.Area, a.Code)).ToDictionary(a => (a.Area, a.Code, a.QuestionKey, a.ItemKey, a.Value));
        foreach (var (area, code) in areas)
        {
            foreach (var ((questionKey, itemKey, value), responses) in answerList)
            {
                if (!answerRows.TryGetValue((area, code, questionKey, itemKey, value), out var row))
                {
                    row = answerRows[(area, code, questionKey, itemKey, value)] = AreaAnswers.Create(area, code, questionKey, itemKey, value);
                    db.AreaAnswers.Add(row);
                }

                row.Responses += responses;
            }
        }

        await AddToPublicTalliesAsync(db, PublicResponseTally.Of(campaign.RegionCode, campaign.DiplomaLevel, dayList), cancellationToken);
    }

    /// <summary>Adds a campaign's responses to the public page's months, région and diploma level.</summary>
    private static async Task AddToPublicTalliesAsync(
        IQuestionnairesDb db, IEnumerable<((string Dimension, string Key) Row, long Responses)> sums, CancellationToken cancellationToken)
    {
        var list = sums.Where(s => s.Responses != 0).ToList();
        var keys = list.Select(s => s.Row.Key).Distinct().ToList();
        await db.PublicResponseTallies.Where(t => keys.Contains(t.Key)).LoadAsync(cancellationToken);
        foreach (var ((dimension, key), responses) in list)
        {
            var row = db.PublicResponseTallies.Local.FirstOrDefault(t => t.Dimension == dimension && t.Key == key);
            if (row is null)
            {
                row = PublicResponseTally.Create(dimension, key);
                db.PublicResponseTallies.Add(row);
            }

            row.Responses += responses;
        }
    }

    /// <summary>
    /// Moves a campaign's invitation counters as its roster lines are invited (or the invitation undone) and their links
    /// used, by atomic updates (concurrent answers lose no count) that also raise the statistics version; a campaign
    /// without a statistics row is left to the next rebuild.
    /// </summary>
    public static async Task CountInvitationAsync(IQuestionnairesDb db, Guid campaignId, int invited, int answered, CancellationToken cancellationToken)
    {
        var counted = await db.CampaignStatistics.Where(r => r.CampaignId == campaignId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Invited, r => r.Invited + invited).SetProperty(r => r.InvitationsAnswered, r => r.InvitationsAnswered + answered),
            cancellationToken);
        if (counted > 0)
        {
            await RaiseVersionAsync(db, cancellationToken);
        }
    }

    /// <summary>Raises the statistics version after rows were changed by direct updates (saved changes raise it themselves).</summary>
    public static Task RaiseVersionAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.StatisticsVersions.Where(v => v.Id == StatisticsVersion.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);

    /// <summary>Adds (+1) or removes (-1) one response from every counter of its campaign and, unless it is deleted, of its areas.</summary>
    public static async Task CountAsync(IQuestionnairesDb db, CampaignStatistics campaign, ProjectedResponse response, int delta, CancellationToken cancellationToken)
    {
        campaign.Count(response.DurationSeconds, response.WithFreeText, response.Verified, delta);

        var bucket = DurationBucket.Of(response.DurationSeconds);
        var duration = await db.DurationBuckets.FindAsync([response.CampaignId, bucket], cancellationToken);
        if (duration is null)
        {
            duration = DurationBucket.Create(response.CampaignId, bucket);
            db.DurationBuckets.Add(duration);
        }

        duration.Responses += delta;

        var daily = await db.DailyResponses.FindAsync([response.CampaignId, response.Day], cancellationToken);
        if (daily is null)
        {
            daily = DailyResponses.Create(response.CampaignId, response.Day);
            db.DailyResponses.Add(daily);
        }

        daily.Responses += delta;

        var existing = await db.AnswerStatistics.Where(a => a.CampaignId == response.CampaignId).ToListAsync(cancellationToken);
        foreach (var (questionKey, itemKey, value) in response.Counted)
        {
            var answer = existing.FirstOrDefault(a => a.QuestionKey == questionKey && a.ItemKey == itemKey && a.Value == value);
            if (answer is null)
            {
                answer = AnswerStatistics.Create(response.CampaignId, questionKey, itemKey, value);
                existing.Add(answer);
                db.AnswerStatistics.Add(answer);
            }

            answer.Responses += delta;
        }

        if (!campaign.Deleted)
        {
            await AddToAreasAsync(
                db, campaign, [(bucket, delta)], [(response.Day, delta)],
                response.Counted.Select(c => (c, (long)delta)), cancellationToken);
        }
    }
}
