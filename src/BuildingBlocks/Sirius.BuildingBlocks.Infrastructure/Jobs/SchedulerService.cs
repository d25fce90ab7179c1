using Microsoft.Extensions.Hosting;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Hosting;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// Starts Quartz once the start-up work is done (the persistent store's tables come with the migrations) and shuts it
/// down with the host, letting running jobs finish.
/// </summary>
internal sealed class SchedulerService(ISchedulerFactory schedulers, StartupGate startup) : BackgroundService
{
    private readonly Lock _stopping = new();
    private IScheduler? _scheduler;
    private Task? _shutdown;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        _scheduler = await schedulers.GetScheduler(stoppingToken);
        await _scheduler.Start(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The host may be stopped twice at once (a test host's factory and its entry point): one shutdown, both wait
        // for it, so neither disposes the services while Quartz still uses them.
        Task shutdown;
        lock (_stopping)
        {
            shutdown = _shutdown ??= _scheduler?.Shutdown(waitForJobsToComplete: true, cancellationToken).AsTask() ?? Task.CompletedTask;
        }

        await shutdown;
    }
}
