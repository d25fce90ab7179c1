using System.Threading.Channels;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Wakes the dispatcher right after a commit that wrote events; signals coalesce.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => _channel.Writer.TryWrite(true);

    internal IAsyncEnumerable<bool> WaitAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>The last sign of life of the dispatcher, for the readiness check: its start, then the end of each pass.</summary>
public sealed class DispatcherHeartbeat
{
    private long _lastBeatTicks;

    public DateTimeOffset? LastBeat
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastBeatTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void Beat(DateTimeOffset now) => Interlocked.Exchange(ref _lastBeatTicks, now.UtcTicks);
}
