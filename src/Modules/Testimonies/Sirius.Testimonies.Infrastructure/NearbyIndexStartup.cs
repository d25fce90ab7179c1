using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.Testimonies.Application.Discovery;

namespace Sirius.Testimonies.Infrastructure;

/// <summary>
/// Builds the process's first nearby-search index as soon as the database is migrated, in the background, so that no
/// search pays for it (later ones are rebuilt in the background too, see <see cref="NearbySnapshots"/>). A failed
/// build is logged; the first search then builds it.
/// </summary>
internal sealed partial class NearbyIndexStartup(NearbySnapshots snapshots, StartupGate startup, ILogger<NearbyIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
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
