namespace Sirius.BuildingBlocks;

/// <summary>
/// A read side's version as this process last read it, kept for <see cref="Lifetime"/> so that a public read costs a
/// memory lookup rather than a database round trip; when it is stale, one caller reads it again (not every concurrent
/// request). This process's own writes call <see cref="Changed"/>: for a <see cref="Lifetime"/> afterwards every read
/// goes to the database (the writer's transaction may commit a little after its save), so a change made here is seen
/// at once; a change made by another host instance is seen within <see cref="Lifetime"/>.
/// </summary>
public sealed class RecentVersion
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);
    private static readonly long LifetimeMs = (long)Lifetime.TotalMilliseconds;
    private readonly Lock _reading = new();
    private volatile Reading? _last;
    private long _changedAt = long.MinValue / 2;
    private Task<long>? _read;

    private sealed record Reading(long Version, long ReadAt);

    /// <summary>The version, from memory while fresh, otherwise from <paramref name="read"/> (one call at a time).</summary>
    public ValueTask<long> CurrentAsync(Func<Task<long>> read, CancellationToken cancellationToken)
    {
        if (TryFresh(out var version))
        {
            return new(version);
        }

        lock (_reading)
        {
            if (_read is not { IsCompleted: false })
            {
                _read = RememberAsync(read);
            }

            return new(_read.WaitAsync(cancellationToken));
        }
    }

    /// <summary>The version last read, when it is recent enough to answer without reading the database.</summary>
    public bool TryFresh(out long version)
    {
        var now = Environment.TickCount64;
        if (_last is { } last && now - last.ReadAt < LifetimeMs && now - Interlocked.Read(ref _changedAt) >= LifetimeMs)
        {
            version = last.Version;
            return true;
        }

        version = 0;
        return false;
    }

    /// <summary>Called by this process after it raised the version.</summary>
    public void Changed() => Interlocked.Exchange(ref _changedAt, Environment.TickCount64);

    private async Task<long> RememberAsync(Func<Task<long>> read)
    {
        var now = Environment.TickCount64;
        var version = await read();
        _last = new Reading(version, now);
        return version;
    }
}
