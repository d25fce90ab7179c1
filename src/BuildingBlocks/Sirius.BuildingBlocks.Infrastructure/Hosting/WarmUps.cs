using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sirius.BuildingBlocks.Infrastructure.Hosting;

/// <summary>
/// Runs the modules' <see cref="IWarmUp"/>s one after another, in a scope of their own, once the instance has answered
/// that it is ready (<see cref="InstanceReady"/>), so that they do not slow its way to readiness: on two cores, running
/// them as the start-up gate opened delayed the first ready answer by about 140 ms. An instance nothing probes warms up
/// <see cref="UnprobedDelay"/> after its gate opens. A failed warm-up is logged and skipped: it only costs its page's
/// first visitor the time it would have saved.
/// </summary>
public sealed partial class WarmUps(StartupGate startup, IServiceScopeFactory scopes, ILogger<WarmUps> logger) : BackgroundService
{
    public static readonly TimeSpan UnprobedDelay = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every warm-up has run or failed.</summary>
    public Task Done => _done.Task;

    /// <summary>Called by the readiness probe when it answers healthy.</summary>
    public void InstanceReady() => _ready.TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
            await Task.WhenAny(_ready.Task, Task.Delay(UnprobedDelay, stoppingToken));
            stoppingToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            foreach (var warmUp in scope.ServiceProvider.GetServices<IWarmUp>())
            {
                await RunAsync(warmUp, stoppingToken);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested || startup.Failed)
        {
            // The instance is stopping: nothing left to warm.
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task RunAsync(IWarmUp warmUp, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await warmUp.RunAsync(stoppingToken);
            LogWarmedUp(logger, warmUp.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, warmUp.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up {WarmUp} ran in {Milliseconds:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, string warmUp, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up {WarmUp} failed; its page's first visitor pays its one-time costs")]
    private static partial void LogFailed(ILogger logger, Exception exception, string warmUp);
}
