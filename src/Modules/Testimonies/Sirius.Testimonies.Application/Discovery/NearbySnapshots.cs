using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Discovery;

/// <summary>
/// The process's current <see cref="NearbyIndex"/> and the answers computed from it. Both belong to one read-model
/// version. No search builds the index: the first one is built as the instance starts (<see cref="BuildFirstAsync"/>);
/// when a search sees that <see cref="ReadModelVersion"/> moved, it starts a rebuild in the background (one at a time,
/// at most one every <see cref="MinimumInterval"/>) and is answered from the previous index, which is swapped for the
/// new one once built: results may lag the read models by a few seconds. Only a search arriving before the first build
/// has finished waits for it.
/// </summary>
public sealed class NearbySnapshots(IServiceScopeFactory scopes, ILogger<NearbySnapshots> logger) : IDisposable
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(2);
    private const int MaxCachedAnswers = 20_000;
    private readonly SemaphoreSlim _first = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile Snapshot? _current;
    private int _rebuilding;
    private long _lastRebuildAt = long.MinValue / 2;

    internal sealed record Snapshot(NearbyIndex Index, ConcurrentDictionary<string, NearbyFormations> Answers);

    /// <summary>The index to answer from, for a search that saw the read models at <paramref name="version"/>.</summary>
    internal async ValueTask<Snapshot> CurrentAsync(long version, CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            if (current.Index.Version < version)
            {
                StartRebuild();
            }

            return current;
        }

        await BuildFirstAsync(cancellationToken);
        return _current!;
    }

    /// <summary>Builds the process's first index, unless it is already there.</summary>
    public async Task BuildFirstAsync(CancellationToken cancellationToken)
    {
        await _first.WaitAsync(cancellationToken);
        try
        {
            _current ??= new Snapshot(await BuildAsync(cancellationToken), NewAnswers());
        }
        finally
        {
            _first.Release();
        }
    }

    internal static NearbyFormations Remember(Snapshot snapshot, string key, Func<NearbyFormations> compute)
    {
        if (snapshot.Answers.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = compute();
        if (snapshot.Answers.Count >= MaxCachedAnswers)
        {
            snapshot.Answers.Clear();
        }

        snapshot.Answers[key] = answer;
        return answer;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _first.Dispose();
    }

    private void StartRebuild()
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRebuildAt) < (long)MinimumInterval.TotalMilliseconds
            || Interlocked.CompareExchange(ref _rebuilding, 1, 0) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _lastRebuildAt, now);
        var stopping = _stopping.Token;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    var index = await BuildAsync(stopping);
                    if (_current is not { } previous || previous.Index.Version < index.Version)
                    {
                        _current = new Snapshot(index, NewAnswers());
                    }
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    logger.LogError(e, "Nearby search index rebuild failed; the previous index is still served");
                }
                catch (Exception) when (stopping.IsCancellationRequested)
                {
                    // The host is stopping.
                }
                finally
                {
                    Interlocked.Exchange(ref _rebuilding, 0);
                }
            },
            CancellationToken.None);
    }

    private static ConcurrentDictionary<string, NearbyFormations> NewAnswers() => new(StringComparer.Ordinal);

    private async Task<NearbyIndex> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await NearbyIndexBuilder.BuildAsync(
            scope.ServiceProvider.GetRequiredService<ITestimoniesDb>(), scope.ServiceProvider.GetRequiredService<AnonymityThreshold>(), cancellationToken);
    }
}
