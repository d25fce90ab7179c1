using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application;

/// <summary>
/// The <see cref="ReadModelVersion"/> as this process last read it, kept for <see cref="Lifetime"/> so that a public
/// read costs a memory lookup rather than a database round trip. This process's own writes call
/// <see cref="Changed"/>: for a <see cref="Lifetime"/> afterwards every read goes to the database (the writer's
/// transaction may commit a little after its save), so a change made here is seen at once; a change made by another
/// host instance is seen within <see cref="Lifetime"/>.
/// </summary>
public sealed class ReadModelVersionCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);
    private static readonly long LifetimeMs = (long)Lifetime.TotalMilliseconds;
    private volatile Reading? _last;
    private long _changedAt = long.MinValue / 2;

    private sealed record Reading(long Version, long ReadAt);

    public async ValueTask<long> CurrentAsync(ITestimoniesDb db, CancellationToken cancellationToken)
    {
        if (TryFresh(out var fresh))
        {
            return fresh;
        }

        var now = Environment.TickCount64;
        var version = await db.ReadModelVersions.AsNoTracking().Where(v => v.Id == ReadModelVersion.SingleId)
            .Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        _last = new Reading(version, now);
        return version;
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
}
