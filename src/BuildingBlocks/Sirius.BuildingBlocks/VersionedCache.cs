using System.Collections.Concurrent;

namespace Sirius.BuildingBlocks;

/// <summary>
/// Values computed from a read side and kept in memory for one version of it: the caller reads the version (a row
/// raised in the same transaction as the read side) before computing, and a newer version drops every older value.
/// A value computed while the read side moves may be newer than its version, never older. At most
/// <paramref name="capacity"/> values are kept (past it, the cache starts again empty).
/// </summary>
public sealed class VersionedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private Generation _current = new(long.MinValue);

    public async Task<TValue> GetOrAddAsync(long version, TKey key, Func<Task<TValue>> compute)
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Version == version && generation.Values.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = await compute();
        while (generation.Version < version)
        {
            var newer = new Generation(version);
            var seen = Interlocked.CompareExchange(ref _current, newer, generation);
            generation = ReferenceEquals(seen, generation) ? newer : seen;
        }

        if (generation.Version == version)
        {
            if (generation.Values.Count >= capacity)
            {
                generation.Values.Clear();
            }

            generation.Values[key] = value;
        }

        return value;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();
    }
}
