using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sirius.BuildingBlocks.Infrastructure.Hosting;

/// <summary>Work that must be done before an instance serves anyone: migrations, reference data.</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Runs every <see cref="IStartupTask"/>, in the order they were registered, on the thread pool while the host
/// finishes starting (the two overlap: docs/performance.md). Until they are done, the host answers 503 but to health
/// probes, readiness fails, and the dispatcher and the scheduler wait. If one fails, the instance stops.
/// </summary>
public sealed partial class StartupGate(
    IEnumerable<IStartupTask> tasks, IHostApplicationLifetime lifetime, ILogger<StartupGate> logger) : IHostedService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _beginning = new();
    private Task? _work;

    public bool IsOpen => _done.Task.IsCompletedSuccessfully;

    /// <summary>The host stops cleanly after a failure; the process must still exit with an error.</summary>
    public bool Failed => _done.Task.IsFaulted;

    public Task WaitAsync(CancellationToken cancellationToken) => _done.Task.WaitAsync(cancellationToken);

    /// <summary>Starts the work, once; the host calls it as soon as its services are built, before its own start.</summary>
    public void Begin()
    {
        lock (_beginning)
        {
            _work ??= Task.Run(RunAsync);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _work?.WaitAsync(cancellationToken) ?? Task.CompletedTask;

    private async Task RunAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            foreach (var task in tasks)
            {
                await task.RunAsync(stopping);
            }

            _done.SetResult();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            _done.SetCanceled(stopping);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
            _done.SetException(ex);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up work failed; the instance stops")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public static class StartupGateExtensions
{
    /// <summary>Registered first, so the gate starts before the services that wait for it.</summary>
    public static IServiceCollection AddStartupGate(this IServiceCollection services)
    {
        services.AddSingleton<StartupGate>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupGate>());
        services.AddSingleton<WarmUps>();
        services.AddHostedService(sp => sp.GetRequiredService<WarmUps>());
        return services;
    }

    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask =>
        services.AddSingleton<IStartupTask, TTask>();
}
