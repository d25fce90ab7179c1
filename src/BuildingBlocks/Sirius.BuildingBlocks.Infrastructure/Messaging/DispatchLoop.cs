using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Hosting;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Runs a dispatch pass as soon as a commit signals new events.</summary>
internal sealed partial class DispatchLoop(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    StartupGate startup,
    DispatcherHeartbeat heartbeat,
    TimeProvider clock,
    ILogger<DispatchLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        heartbeat.Beat(clock.GetUtcNow());
        signal.Notify();
        await foreach (var _ in signal.WaitAllAsync(stoppingToken))
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Integration event dispatch pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}

/// <summary>The scheduled safety net: picks up rows left by a crash, a lost signal or a retry delay.</summary>
[DisallowConcurrentExecution]
internal sealed class DispatchIntegrationEventsJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("dispatch-integration-events", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchPendingAsync(cancellationToken);
}
