using Sirius.BuildingBlocks.Infrastructure.Hosting;

namespace Sirius.Testing;

/// <summary>
/// A start-up task a test holds: registered after the host's own, it starts once the migrations and the start-up data
/// are done, and ends (or fails with <paramref name="failure"/>) when released. Use with
/// <see cref="SiriusHost.WaitsForStartup"/> set to false.
/// </summary>
public sealed class HeldStartupTask(Exception? failure = null) : IStartupTask
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public void Release() => _released.SetResult();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _started.SetResult();
        await _released.Task.WaitAsync(cancellationToken);
        if (failure is not null)
        {
            throw failure;
        }
    }
}
