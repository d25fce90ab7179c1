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
            StatisticsScope.NationalKind => rows,
            "region" => rows.Where(c => codes.Contains(c.RegionCode)),
            "department" => rows.Where(c => codes.Contains(c.DepartmentCode)),
            "sirets" => rows.Where(c => codes.Contains(c.Siret)),
            "opco" => rows.Where(c => codes.Contains(c.RncpCode)),
            _ => rows.Where(c => false),
        };
    }
}

internal sealed class GetStatisticsHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock, StatisticsCache cache)
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
            await StatisticsCache.VersionAsync(db, cancellationToken), key, () => ReportAsync(scope, today, cancellationToken));
    }

    private async Task<StatisticsReport> ReportAsync(StatisticsScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var campaigns = db.CampaignStatistics.AsNoTracking().Within(scope);
        var sums = StatisticsSums.For(db, scope);

        var totals = await campaigns
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Campaigns = g.Count(),
                Open = g.Count(c => c.StartDate <= today && c.EndDate >= today),
                Ended = g.Count(c => c.EndDate < today),
                Responses = g.Sum(c => (long)c.Responses),
                Seats = g.Sum(c => (long)c.Seats),
                WithinSeats = g.Sum(c => c.Seats > 0 ? (long)c.Responses : 0L),
                FreeText = g.Sum(c => (long)c.FreeTextResponses),
                Invited = g.Sum(c => (long)c.Invited),
                InvitationsAnswered = g.Sum(c => (long)c.InvitationsAnswered),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var establishments = await campaigns.Select(c => c.Siret).Distinct().CountAsync(cancellationToken);
        var buckets = await sums.DurationsAsync(cancellationToken);
        var counters = new StatisticsCounters(
            establishments, totals?.Campaigns ?? 0, totals?.Open ?? 0, totals?.Ended ?? 0, totals?.Responses ?? 0, totals?.Seats ?? 0,
            totals?.WithinSeats ?? 0, totals?.FreeText ?? 0, DurationBucket.Median(buckets), totals?.Invited ?? 0, totals?.InvitationsAnswered ?? 0);

        var days = await sums.DaysAsync(cancellationToken);
        return new StatisticsReport(
            scope.Kind,
            scope.Codes,
            counters,
            await BreakdownAsync(campaigns.GroupBy(c => c.RegionCode), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.DepartmentCode), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.AcademyCode), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.DiplomaLevel.ToString()), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.Cfd), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.Siret), cancellationToken),
            Periods(days, WeekStart),
            Periods(days, d => new DateOnly(d.Year, d.Month, 1)),
            await AnswerDistributions.OfAsync(db, await sums.AnswersAsync(cancellationToken), cancellationToken));
    }

    internal static async Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IQueryable<IGrouping<string, CampaignStatistics>> groups, CancellationToken cancellationToken)
    {
        var rows = await groups
            .Select(g => new BreakdownRow(
                g.Key,
                g.Select(c => c.Siret).Distinct().Count(),
                g.Count(),
                g.Sum(c => (long)c.Responses),
                g.Sum(c => (long)c.Seats),
                g.Sum(c => (long)c.FreeTextResponses)))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static List<PeriodRow> Periods(IReadOnlyList<(DateOnly Day, long Responses)> days, Func<DateOnly, DateOnly> period) =>
        days.GroupBy(d => period(d.Day))
            .Select(g => new PeriodRow(g.Key, g.Sum(d => d.Responses)))
            .OrderBy(p => p.Start)
            .ToList();
}

internal sealed class GetActivityBySiretHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<GetActivityBySiret, IReadOnlyList<BreakdownRow>?>
{
    public async Task<IReadOnlyList<BreakdownRow>?> Handle(GetActivityBySiret query, CancellationToken cancellationToken) =>
        await mediator.ScopeAsync(query.ActorId, cancellationToken) is { IsAdministrator: true }
            ? await GetStatisticsHandler.BreakdownAsync(db.CampaignStatistics.AsNoTracking().Within(StatisticsScope.National).GroupBy(c => c.Siret), cancellationToken)
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
        var counts = sums.Where(a => a.Responses > 0).ToList();
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
/// (a SIRET list, a CFA's own campaigns: few campaigns).
/// </summary>
internal sealed class StatisticsSums
{
    private readonly IQuestionnairesDb _db;
    private readonly IQueryable<CampaignStatistics>? _campaigns;
    private readonly string _area;
    private readonly List<string> _codes;

    private StatisticsSums(IQuestionnairesDb db, IQueryable<CampaignStatistics>? campaigns, string area, List<string> codes)
    {
        _db = db;
        _campaigns = campaigns;
        _area = area;
        _codes = codes;
    }

    public static StatisticsSums For(IQuestionnairesDb db, StatisticsScope scope) => StatisticsArea.Covers(scope.Kind)
        ? new StatisticsSums(db, null, scope.Kind, scope.Kind == StatisticsArea.National ? [""] : scope.Codes.ToList())
        : OfCampaigns(db, db.CampaignStatistics.AsNoTracking().Within(scope));

    public static StatisticsSums OfCampaigns(IQuestionnairesDb db, IQueryable<CampaignStatistics> campaigns) => new(db, campaigns, "", []);

    public async Task<List<(int Bucket, long Responses)>> DurationsAsync(CancellationToken cancellationToken)
    {
        var rows = _campaigns is null
            ? await _db.AreaDurations.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DurationBuckets.AsNoTracking().Join(_campaigns, d => d.CampaignId, c => c.CampaignId, (d, c) => d)
                .GroupBy(d => d.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Bucket, r.Responses)).ToList();
    }

    public async Task<List<(DateOnly Day, long Responses)>> DaysAsync(CancellationToken cancellationToken)
    {
        var rows = _campaigns is null
            ? await _db.AreaDays.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Day).Select(g => new { Day = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DailyResponses.AsNoTracking().Join(_campaigns, d => d.CampaignId, c => c.CampaignId, (d, c) => d)
                .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Day, r.Responses)).ToList();
    }

    public async Task<List<AnswerSum>> AnswersAsync(CancellationToken cancellationToken)
    {
        var rows = _campaigns is null
            ? await _db.AreaAnswers.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => a.Responses) })
                .ToListAsync(cancellationToken)
            : await _db.AnswerStatistics.AsNoTracking().Join(_campaigns, a => a.CampaignId, c => c.CampaignId, (a, c) => a)
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
