using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
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

            // An OPCO is a list of RNCP codes, which the read side does not carry yet: nothing rather than too much.
            _ => rows.Where(c => false),
        };
    }
}

internal sealed class GetStatisticsHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetStatistics, StatisticsReport?>
{
    public async Task<StatisticsReport?> Handle(GetStatistics query, CancellationToken cancellationToken)
    {
        if ((await mediator.ScopeAsync(query.ActorId, cancellationToken))?.StatisticsScope(query.National) is not { } scope)
        {
            return null;
        }

        var campaigns = db.CampaignStatistics.AsNoTracking().Within(scope);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

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
            })
            .FirstOrDefaultAsync(cancellationToken);
        var establishments = await campaigns.Select(c => c.Siret).Distinct().CountAsync(cancellationToken);
        var buckets = await db.DurationBuckets.AsNoTracking()
            .Join(campaigns, d => d.CampaignId, c => c.CampaignId, (d, c) => d)
            .GroupBy(d => d.Bucket)
            .Select(g => new { Bucket = g.Key, Responses = g.Sum(d => (long)d.Responses) })
            .ToListAsync(cancellationToken);
        var counters = new StatisticsCounters(
            establishments, totals?.Campaigns ?? 0, totals?.Open ?? 0, totals?.Ended ?? 0, totals?.Responses ?? 0, totals?.Seats ?? 0,
            totals?.WithinSeats ?? 0, totals?.FreeText ?? 0, DurationBucket.Median(buckets.Select(b => (b.Bucket, b.Responses))));

        var days = await db.DailyResponses.AsNoTracking()
            .Join(campaigns, d => d.CampaignId, c => c.CampaignId, (d, c) => d)
            .GroupBy(d => d.Day)
            .Select(g => new { Day = g.Key, Responses = g.Sum(d => (long)d.Responses) })
            .ToListAsync(cancellationToken);

        return new StatisticsReport(
            scope.Kind,
            scope.Codes,
            counters,
            await BreakdownAsync(campaigns.GroupBy(c => c.RegionCode), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.DepartmentCode), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.DiplomaLevel.ToString()), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.Cfd), cancellationToken),
            await BreakdownAsync(campaigns.GroupBy(c => c.Siret), cancellationToken),
            Periods(days.Select(d => (d.Day, d.Responses)), WeekStart),
            Periods(days.Select(d => (d.Day, d.Responses)), d => new DateOnly(d.Year, d.Month, 1)),
            await AnswerDistributions.OfAsync(db, campaigns, cancellationToken));
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

    private static List<PeriodRow> Periods(IEnumerable<(DateOnly Day, long Responses)> days, Func<DateOnly, DateOnly> period) =>
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
    public static async Task<IReadOnlyList<AnswerDistribution>> OfAsync(IQuestionnairesDb db, IQueryable<CampaignStatistics> campaigns, CancellationToken cancellationToken)
    {
        var counts = await db.AnswerStatistics.AsNoTracking()
            .Join(campaigns, a => a.CampaignId, c => c.CampaignId, (a, c) => a)
            .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
            .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => (long)a.Responses) })
            .Where(a => a.Responses > 0)
            .ToListAsync(cancellationToken);
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
