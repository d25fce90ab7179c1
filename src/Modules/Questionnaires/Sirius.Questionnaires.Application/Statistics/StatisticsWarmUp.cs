using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

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
