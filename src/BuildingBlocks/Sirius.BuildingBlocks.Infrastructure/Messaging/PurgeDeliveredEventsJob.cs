using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.BuildingBlocks.Jobs;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Bound from <c>Retention</c>: how long an event delivered to every subscriber stays in its outbox.</summary>
public sealed class DeliveredEventsRetention
{
    public int DeliveredEventsDays { get; set; } = 7;
}

/// <summary>
/// Deletes, module by module, the outbox rows delivered more than <see cref="DeliveredEventsRetention.DeliveredEventsDays"/>
/// days ago: their payloads copy what the events carried (the free texts of a completed response, for one), which the
/// modules erase on their own delays. Rows not delivered yet stay; inbox rows (ids only) stay for deduplication.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PurgeDeliveredEventsJob(
    IServiceScopeFactory scopes, ModuleCatalog modules, DeliveredEventsRetention retention, TimeProvider clock, IJobProgress progress) : IJob
{
    public static readonly JobKey Key = new("delivered-events-purge", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-retention.DeliveredEventsDays);
        progress.SetTotal(modules.All.Count);
        for (var i = 0; i < modules.All.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            await modules.All[i].Resolve(scope.ServiceProvider).OutboxMessages
                .Where(m => m.ProcessedAtUtc != null && m.ProcessedAtUtc < before)
                .ExecuteDeleteAsync(cancellationToken);
            progress.Report(i + 1);
        }
    }
}
