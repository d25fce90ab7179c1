using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>Ready when the start-up work is done and every module's database answers and has no pending migration.</summary>
internal sealed class ModulesDatabaseHealthCheck(IServiceScopeFactory scopeFactory, ModuleCatalog modules, StartupGate startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsOpen)
        {
            return HealthCheckResult.Unhealthy("start-up work not done");
        }

        foreach (var module in modules.All)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = module.Resolve(scope.ServiceProvider);
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy($"{module.Name}: database unreachable");
                }

                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    return HealthCheckResult.Unhealthy($"{module.Name}: migrations pending");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"{module.Name}: {ex.GetType().Name}");
            }
        }

        return HealthCheckResult.Healthy();
    }
}

/// <summary>Ready when the dispatcher started or finished a pass recently (the scheduled job runs every poll interval).</summary>
internal sealed class DispatcherHealthCheck(DispatcherHeartbeat heartbeat, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.AutoDispatch)
        {
            return Task.FromResult(HealthCheckResult.Healthy("automatic dispatch disabled"));
        }

        var last = heartbeat.LastBeat;
        var allowed = options.Value.PollInterval * 6;
        return Task.FromResult(last is { } beat && clock.GetUtcNow() - beat <= allowed
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("no dispatch pass recently"));
    }
}
