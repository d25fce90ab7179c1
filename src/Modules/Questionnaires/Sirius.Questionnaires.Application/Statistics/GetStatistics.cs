using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

internal sealed class GetStatisticsHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock, StatisticsCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetStatistics, StatisticsReport>
{
    public async Task<StatisticsReport> Handle(GetStatistics query, CancellationToken cancellationToken)
    {
        // StatisticsReadersOnly let only an administrator or an observer through: both have a statistics scope.
        var scope = (await mediator.ScopeAsync(query.ActorId, cancellationToken))!.StatisticsScope(query.National)!;

        // Open and ended campaigns depend on the day: a report is kept for one version of the read side and one day.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var key = $"{scope.Kind}|{string.Join(",", scope.Codes)}|{today:O}";
        return await cache.Reports.GetOrAddAsync(
            await StatisticsCache.VersionAsync(db, cancellationToken), key, () => StatisticsReports.ComputeAsync(db, scope, today, threshold, cancellationToken));
    }
}
