using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>The campaigns' statistics rows a scope covers (deleted campaigns never count).</summary>
internal static class StatisticsScopes
{
    public static IQueryable<CampaignStatistics> Within(this IQueryable<CampaignStatistics> rows, StatisticsScope scope)
    {
        rows = rows.Where(c => !c.Deleted);
        var codes = scope.Codes;
        return scope.Kind switch
        {
            ScopeKinds.National => rows,
            ScopeKinds.Region => rows.Where(c => codes.Contains(c.RegionCode)),
            ScopeKinds.Department => rows.Where(c => codes.Contains(c.DepartmentCode)),
            ScopeKinds.Sirets => rows.Where(c => codes.Contains(c.Siret)),
            ScopeKinds.Opco => rows.Where(c => codes.Contains(c.RncpCode)),
            _ => rows.Where(c => false),
        };
    }
}

internal sealed class GetStatisticsHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock, StatisticsCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetStatistics, StatisticsReport?>
{
    public async Task<StatisticsReport?> Handle(GetStatistics query, CancellationToken cancellationToken)
    {
        if ((await mediator.ScopeAsync(query.ActorId, cancellationToken))?.StatisticsScope(query.National) is not { } scope)
        {
            return null;
        }

        // Open and ended campaigns depend on the day: a report is kept for one version of the read side and one day.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var key = $"{scope.Kind}|{string.Join(",", scope.Codes)}|{today:O}";
        return await cache.Reports.GetOrAddAsync(
            await StatisticsCache.VersionAsync(db, cancellationToken), key, () => StatisticsReports.ComputeAsync(db, scope, today, threshold, cancellationToken));
    }
}

/// <summary>A scope's report, added up from the statistics read side.</summary>
internal static class StatisticsReports
{
    public static async Task<StatisticsReport> ComputeAsync(
        IQuestionnairesDb db, StatisticsScope scope, DateOnly today, AnonymityThreshold threshold, CancellationToken cancellationToken)
    {
        var campaigns = await CampaignFigures.WithinAsync(db, scope, today, cancellationToken);
        var sums = await StatisticsSums.ForAsync(db, scope, cancellationToken);
        var buckets = await sums.DurationsAsync(cancellationToken);
        var shown = threshold.Allows(campaigns.Sum(c => c.Responses));
        var counters = new StatisticsCounters(
            campaigns.Select(c => c.Siret).Distinct().Count(),
            campaigns.Sum(c => c.Campaigns),
            campaigns.Sum(c => c.Open),
            campaigns.Sum(c => c.Ended),
            campaigns.Sum(c => c.Responses),
            campaigns.Sum(c => c.Seats),
            campaigns.Sum(c => c.ResponsesWithinSeats),
            shown ? campaigns.Sum(c => c.FreeTextResponses) : null,
            shown ? DurationBucket.Median(buckets) : null,
            campaigns.Sum(c => c.Invited),
            campaigns.Sum(c => c.InvitationsAnswered));

        var days = await sums.DaysAsync(cancellationToken);
        return new StatisticsReport(
            scope.Kind,
            scope.Codes,
            counters,
            CampaignFigures.Breakdown(campaigns, c => c.RegionCode, threshold),
            CampaignFigures.Breakdown(campaigns, c => c.DepartmentCode, threshold),
            CampaignFigures.Breakdown(campaigns, c => c.AcademyCode, threshold),
            CampaignFigures.Breakdown(campaigns, c => c.DiplomaLevel.ToString(CultureInfo.InvariantCulture), threshold),
            CampaignFigures.Breakdown(campaigns, c => c.Cfd, threshold),
            CampaignFigures.Breakdown(campaigns, c => c.Siret, threshold),
            Periods(days, WeekStart),
            Periods(days, d => new DateOnly(d.Year, d.Month, 1)),
            (await AnswerDistributions.OfAsync(db, await sums.AnswersAsync(cancellationToken), cancellationToken))
                .Select(d => shown && threshold.Allows(d.Respondents) ? d : d with { Values = [], Masked = true })
                .ToList(),
            threshold.Value);
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static List<PeriodRow> Periods(IReadOnlyList<(DateOnly Day, long Responses)> days, Func<DateOnly, DateOnly> period) =>
        days.GroupBy(d => period(d.Day))
            .Select(g => new PeriodRow(g.Key, g.Sum(d => d.Responses)))
            .OrderBy(p => p.Start)
            .ToList();
}

/// <summary>
/// Prepares the pilots' report (see <see cref="IWarmUp"/>) on a région no campaign is in: every query and step of a
/// région's or the country's report, the country's sum of campaigns aside, run on no rows.
/// </summary>
internal sealed class StatisticsWarmUp(IQuestionnairesDb db, TimeProvider clock, AnonymityThreshold threshold) : IWarmUp
{
    private const string NoRegion = "-";

    public Task RunAsync(CancellationToken cancellationToken) =>
        StatisticsReports.ComputeAsync(
            db, new StatisticsScope(StatisticsArea.Region, [NoRegion]), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), threshold, cancellationToken);
}

/// <summary>
/// The figures of a scope's campaigns, summed per establishment and formation in the database (about 20,000 rows for
/// the country's 50,000 campaigns) and added up in memory six ways: one read instead of one aggregate over every
/// campaign row per breakdown, each with its distinct count of establishments. The database sums integers (one
/// formation's campaigns cannot overflow them): PostgreSQL sums bigints as numerics, a quarter slower on the country.
/// </summary>
internal sealed record CampaignFigures(
    string Siret, string RegionCode, string DepartmentCode, string AcademyCode, int DiplomaLevel, string Cfd,
    int Campaigns, int Open, int Ended, long Responses, long Seats, long ResponsesWithinSeats, long FreeTextResponses, long Invited, long InvitationsAnswered)
{
    /// <param name="today">Decides which campaigns are open and which have ended.</param>
    public static Task<List<CampaignFigures>> WithinAsync(IQuestionnairesDb db, StatisticsScope scope, DateOnly today, CancellationToken cancellationToken) =>
        db.CampaignStatistics.AsNoTracking().Within(scope)
            .GroupBy(c => new { c.Siret, c.RegionCode, c.DepartmentCode, c.AcademyCode, c.DiplomaLevel, c.Cfd })
            .Select(g => new CampaignFigures(
                g.Key.Siret, g.Key.RegionCode, g.Key.DepartmentCode, g.Key.AcademyCode, g.Key.DiplomaLevel, g.Key.Cfd,
                g.Count(),
                g.Count(c => c.StartDate <= today && c.EndDate >= today),
                g.Count(c => c.EndDate < today),
                g.Sum(c => c.Responses),
                g.Sum(c => c.Seats),
                g.Sum(c => c.Seats > 0 ? c.Responses : 0),
                g.Sum(c => c.FreeTextResponses),
                g.Sum(c => c.Invited),
                g.Sum(c => c.InvitationsAnswered)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The groups' figures, the free-text count withheld for a group with responses below the threshold; when a single
    /// group is, the smallest group above it is withheld too, so that no one recomputes it from the total.
    /// </summary>
    public static IReadOnlyList<BreakdownRow> Breakdown(IReadOnlyList<CampaignFigures> campaigns, Func<CampaignFigures, string> key, AnonymityThreshold threshold)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var figures in campaigns)
        {
            var code = key(figures);
            if (!groups.TryGetValue(code, out var group))
            {
                groups[code] = group = new Group();
            }

            group.Add(figures);
        }

        // A group without responses has nothing to withhold: its free-text count is 0 whoever looks.
        var hidden = groups.Values.Where(g => g.Responses > 0 && !threshold.Allows(g.Responses)).ToHashSet();
        if (hidden.Count == 1
            && groups.Values.Where(g => g.Responses > 0 && !hidden.Contains(g)).MinBy(g => g.Responses) is { } smallest)
        {
            hidden.Add(smallest);
        }

        return groups
            .Select(g => new BreakdownRow(
                g.Key, g.Value.Sirets.Count, g.Value.Campaigns, g.Value.Responses, g.Value.Seats, hidden.Contains(g.Value) ? null : g.Value.FreeTextResponses))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Group
    {
        public HashSet<string> Sirets { get; } = new(StringComparer.Ordinal);

        public int Campaigns { get; private set; }

        public long Responses { get; private set; }

        public long Seats { get; private set; }

        public long FreeTextResponses { get; private set; }

        public void Add(CampaignFigures figures)
        {
            Sirets.Add(figures.Siret);
            Campaigns += figures.Campaigns;
            Responses += figures.Responses;
            Seats += figures.Seats;
            FreeTextResponses += figures.FreeTextResponses;
        }
    }
}

internal sealed class GetActivityBySiretHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock, AnonymityThreshold threshold) : IRequestHandler<GetActivityBySiret, IReadOnlyList<BreakdownRow>?>
{
    public async Task<IReadOnlyList<BreakdownRow>?> Handle(GetActivityBySiret query, CancellationToken cancellationToken) =>
        await mediator.ScopeAsync(query.ActorId, cancellationToken) is { IsAdministrator: true }
            ? CampaignFigures.Breakdown(
                await CampaignFigures.WithinAsync(db, StatisticsScope.National, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken),
                c => c.Siret,
                threshold)
            : null;
}

/// <summary>
/// Answer counts per question key, rated item and value, summed over a set of campaigns, labelled and ordered as the
/// newest questionnaire version has them (questions no version knows any more come last, by key).
/// </summary>
internal static class AnswerDistributions
{
    public static async Task<IReadOnlyList<AnswerDistribution>> OfAsync(IQuestionnairesDb db, IReadOnlyList<AnswerSum> sums, CancellationToken cancellationToken)
    {
        var counts = sums.Where(a => a.Responses > 0 && a.Value != QuestionRespondents.Value).ToList();
        var respondents = sums.Where(a => a.Value == QuestionRespondents.Value).ToDictionary(a => a.QuestionKey, a => a.Responses, StringComparer.Ordinal);
        var questions = (await db.MergedQuestionsAsync(null, cancellationToken)).ToDictionary(q => q.Question.Key, StringComparer.Ordinal);
        return counts
            .GroupBy(c => (c.QuestionKey, c.ItemKey))
            .Select(g =>
            {
                var question = questions.GetValueOrDefault(g.Key.QuestionKey);
                var item = g.Key.ItemKey.Length == 0 ? null : g.Key.ItemKey;
                var values = g.Select(v => new ValueCount(v.Value, v.Responses) { Label = question?.ValueLabel(v.Value) ?? v.Value })
                    .OrderBy(v => question?.Order(item, v.Value).Value ?? 0).ThenBy(v => v.Value, StringComparer.Ordinal)
                    .ToList();
                return new AnswerDistribution(g.Key.QuestionKey, g.Key.ItemKey, values)
                {
                    QuestionLabel = question?.Question.Label ?? g.Key.QuestionKey,
                    ItemLabel = item is null ? "" : question?.OptionOrItemLabel(item) ?? item,

                    // A rated item has one value per respondent; rows counted before the respondents were are summed.
                    Respondents = item is null && respondents.TryGetValue(g.Key.QuestionKey, out var answered) ? answered : values.Sum(v => v.Responses),
                };
            })
            .OrderBy(d => questions.GetValueOrDefault(d.QuestionKey)?.Position ?? int.MaxValue)
            .ThenBy(d => d.QuestionKey, StringComparer.Ordinal)
            .ThenBy(d => questions.GetValueOrDefault(d.QuestionKey)?.Order(d.ItemKey.Length == 0 ? null : d.ItemKey, "").Item ?? 0)
            .ThenBy(d => d.ItemKey, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>How many responses of a group chose a value of a question (or rated item).</summary>
internal sealed record AnswerSum(string QuestionKey, string ItemKey, string Value, long Responses);

/// <summary>
/// Where a group's completion times, days and answers are summed from: for a national, région or département scope
/// the area tables (a few thousand rows whatever the number of responses), otherwise the rows of the group's campaigns
/// (a SIRET list, a CFA's own campaigns: few campaigns), looked up by their ids: joined to the campaigns' filter
/// instead, PostgreSQL scanned every campaign row to find them.
/// </summary>
internal sealed class StatisticsSums
{
    private readonly IQuestionnairesDb _db;
    private readonly List<Guid>? _campaignIds;
    private readonly string _area;
    private readonly List<string> _codes;

    private StatisticsSums(IQuestionnairesDb db, List<Guid>? campaignIds, string area, List<string> codes)
    {
        _db = db;
        _campaignIds = campaignIds;
        _area = area;
        _codes = codes;
    }

    public static async Task<StatisticsSums> ForAsync(IQuestionnairesDb db, StatisticsScope scope, CancellationToken cancellationToken) =>
        StatisticsArea.Covers(scope.Kind)
            ? new StatisticsSums(db, null, scope.Kind, scope.Kind == StatisticsArea.National ? [""] : scope.Codes.ToList())
            : OfCampaigns(db, await db.CampaignStatistics.AsNoTracking().Within(scope).Select(c => c.CampaignId).ToListAsync(cancellationToken));

    public static StatisticsSums OfCampaigns(IQuestionnairesDb db, List<Guid> campaignIds) => new(db, campaignIds, "", []);

    public async Task<List<(int Bucket, long Responses)>> DurationsAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaDurations.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DurationBuckets.AsNoTracking().Where(d => ids.Contains(d.CampaignId))
                .GroupBy(d => d.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Bucket, r.Responses)).ToList();
    }

    public async Task<List<(DateOnly Day, long Responses)>> DaysAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaDays.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Day).Select(g => new { Day = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DailyResponses.AsNoTracking().Where(d => ids.Contains(d.CampaignId))
                .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Day, r.Responses)).ToList();
    }

    public async Task<List<AnswerSum>> AnswersAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaAnswers.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => a.Responses) })
                .ToListAsync(cancellationToken)
            : await _db.AnswerStatistics.AsNoTracking().Where(a => ids.Contains(a.CampaignId))
                .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => (long)a.Responses) })
                .ToListAsync(cancellationToken);
        return rows.Select(r => new AnswerSum(r.QuestionKey, r.ItemKey, r.Value, r.Responses)).ToList();
    }
}

/// <summary>
/// Reports and area figures computed from the statistics read side, kept in memory for one
/// <see cref="StatisticsVersion"/>: a request reads the version (one row) and, while it has not moved, gets them
/// without adding anything up again.
/// </summary>
public sealed class StatisticsCache
{
    private const int Capacity = 2_000;

    internal VersionedCache<string, StatisticsReport> Reports { get; } = new(Capacity);

    internal VersionedCache<string, AreaFigures> Areas { get; } = new(Capacity);

    internal static Task<long> VersionAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.StatisticsVersions.AsNoTracking().Where(v => v.Id == StatisticsVersion.SingleId).Select(v => v.Version).FirstAsync(cancellationToken);
}

/// <summary>An area's responses and answer distributions, as the benchmark compares them.</summary>
internal sealed record AreaFigures(long Responses, IReadOnlyDictionary<(string QuestionKey, string ItemKey), AnswerDistribution> Distributions);
