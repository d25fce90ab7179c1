using System.Globalization;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

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
