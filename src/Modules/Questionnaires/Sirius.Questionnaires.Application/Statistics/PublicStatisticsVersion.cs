using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// <see cref="IPublicStatisticsVersion"/>: the <see cref="Domain.Statistics.StatisticsVersion"/> kept a second in
/// memory (<see cref="RecentVersion"/>), read again in a scope of its own; the module's context calls
/// <see cref="Changed"/> when this process raises it.
/// </summary>
public sealed class PublicStatisticsVersion(IServiceScopeFactory scopes) : IPublicStatisticsVersion
{
    private readonly RecentVersion _version = new();

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => _version.CurrentAsync(ReadAsync, cancellationToken);

    public void Changed() => _version.Changed();

    private async Task<long> ReadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await StatisticsCache.VersionAsync(scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>(), CancellationToken.None);
    }
}
