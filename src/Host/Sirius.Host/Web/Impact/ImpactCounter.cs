using System.Net;
using System.Runtime.CompilerServices;
using MediatR;
using Microsoft.Extensions.Caching.Memory;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Web.Impact;

/// <summary>
/// Counts widget impressions, testimonies shown and discovery clicks in memory and hands them to the Testimonies module
/// in batches (<see cref="ImpactFlush"/>): a widget load costs a dictionary update, never a database round trip.
/// Nothing about the visitor is kept but, for one minute and in memory only, the pair address × page to apply the
/// rate rule: one address counts at most <see cref="ImpactOptions.LoadsPerMinute"/> loads of one page a minute.
/// </summary>
public sealed class ImpactCounter(ImpactOptions options, TimeProvider clock) : IDisposable
{
    /// <summary>Distinct counters a batch may hold: origins come from strangers' headers, so the buffer is bounded.</summary>
    private const int MaxPending = 50_000;

    // A lock rather than a concurrent dictionary swapped under the writers: a count added to a batch already taken
    // would be lost.
    private readonly Lock _gate = new();
    private Dictionary<ImpactHit, long> _pending = [];

    // Bounded: the keys come from strangers.
    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>
    /// Counts what one request showed or did, unless a robot made it or its address already made the same one
    /// <see cref="ImpactOptions.LoadsPerMinute"/> times this minute.
    /// </summary>
    /// <param name="page">What the rate rule counts loads of (the path and the page number).</param>
    public void Count(HttpContext http, string page, IEnumerable<ImpactHit> hits)
    {
        if (RobotUserAgents.IsRobot(http.Request.Headers.UserAgent.ToString()) || !WithinRate(http.Connection.RemoteIpAddress, page))
        {
            return;
        }

        lock (_gate)
        {
            foreach (var hit in hits)
            {
                Add(hit, 1);
            }
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The counts since the last call, the buffer emptied.</summary>
    public IReadOnlyDictionary<ImpactHit, long> Take()
    {
        lock (_gate)
        {
            var taken = _pending;
            _pending = [];
            return taken;
        }
    }

    /// <summary>Puts back a batch that could not be written (the next flush tries again).</summary>
    public void Return(IReadOnlyDictionary<ImpactHit, long> counts)
    {
        lock (_gate)
        {
            foreach (var (hit, count) in counts)
            {
                Add(hit, count);
            }
        }
    }

    private void Add(ImpactHit hit, long count)
    {
        if (_pending.Count < MaxPending || _pending.ContainsKey(hit))
        {
            _pending[hit] = _pending.GetValueOrDefault(hit) + count;
        }
    }

    private bool WithinRate(IPAddress? address, string page)
    {
        var key = $"{address}|{page}";
        var loads = _recent.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref loads.Value) <= options.LoadsPerMinute;
    }

    public void Dispose() => _recent.Dispose();
}

/// <summary><c>Sirius:Impact</c>.</summary>
public sealed class ImpactOptions
{
    /// <summary>Loads of one page from one address counted in a minute; the next ones are not (a reload loop, a robot).</summary>
    public int LoadsPerMinute { get; set; } = 5;

    /// <summary>How often the counts are written.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Writes the buffered counts every <see cref="ImpactOptions.FlushInterval"/>, and once more when the host stops.</summary>
public sealed partial class ImpactFlush(ImpactCounter counter, ImpactOptions options, IServiceScopeFactory scopes, ILogger<ImpactFlush> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last counts are written below.
        }

        await FlushAsync();
    }

    private async Task FlushAsync()
    {
        var counts = counter.Take();
        if (counts.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordImpact(counts));
        }
        catch (Exception exception)
        {
            // Whatever went wrong (a timeout included), the loop goes on and the counts wait for the next flush.
            counter.Return(counts);
            LogFailed(logger, exception, counts.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} impact counters; they are kept for the next try.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
