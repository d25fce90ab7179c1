using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.Testimonies.Application.Discovery;

namespace Sirius.Testimonies.Infrastructure;

/// <summary>
/// Builds the process's first nearby-search index in the background, so that no search pays for it (later ones are
/// rebuilt in the background too, see <see cref="NearbySnapshots"/>): once the instance has answered ready and run its
/// warm-ups, so that the build does not slow its way to readiness on two cores (ADR 15). A search arriving before the
/// build has finished waits for it; a failed build is logged, and the first search then builds it.
/// </summary>
internal sealed partial class NearbyIndexStartup(NearbySnapshots snapshots, StartupGate startup, WarmUps warmUps, ILogger<NearbyIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
            await warmUps.Done.WaitAsync(stoppingToken);
            await snapshots.BuildFirstAsync(stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested || startup.Failed)
        {
            // The instance is stopping, or never started.
        }
        catch (Exception ex)
        {
            LogBuildFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The first nearby search index build failed; the first search builds it")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception);
}
