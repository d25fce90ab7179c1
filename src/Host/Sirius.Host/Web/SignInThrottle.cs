using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace Sirius.Host.Web;

/// <summary>
/// Progressive delays instead of a lockout (ADR 0019), keyed by the address typed, whether or not an account has it.
/// From one client address, a few failures on an e-mail address make that client wait, twice as long each time; from
/// all clients together, many failures on it slow every answer for it down by a few seconds at most, so that nobody
/// can keep its owner out.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int FreeFailuresPerClient = 3;
    private const int FreeFailuresPerAddress = 10;
    private static readonly TimeSpan LongestClientWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan LongestAddressDelay = TimeSpan.FromSeconds(5);

    // Bounded: the keys come from strangers.
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long this client must still wait before trying this e-mail address again (zero: it may try now).</summary>
    public TimeSpan WaitFor(string email, IPAddress? client)
    {
        if (!_failures.TryGetValue(ClientKey(email, client), out Failures? failures) || failures!.Count < FreeFailuresPerClient)
        {
            return TimeSpan.Zero;
        }

        var wait = Doubling(TimeSpan.FromSeconds(1), failures.Count - FreeFailuresPerClient, LongestClientWait);
        var left = failures.LastUtc + wait - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>How long any answer about this e-mail address is held back, whoever asks.</summary>
    public TimeSpan DelayFor(string email) =>
        _failures.TryGetValue(AddressKey(email), out Failures? failures) && failures!.Count >= FreeFailuresPerAddress
            ? Doubling(TimeSpan.FromMilliseconds(250), failures.Count - FreeFailuresPerAddress, LongestAddressDelay)
            : TimeSpan.Zero;

    public void Failed(string email, IPAddress? client)
    {
        Count(ClientKey(email, client));
        Count(AddressKey(email));
    }

    public void Succeeded(string email, IPAddress? client)
    {
        _failures.Remove(ClientKey(email, client));
        _failures.Remove(AddressKey(email));
    }

    public void Dispose() => _failures.Dispose();

    private void Count(string key)
    {
        var now = clock.GetUtcNow();
        var failures = _failures.TryGetValue(key, out Failures? known) ? known! : new Failures();
        lock (failures)
        {
            failures.Count++;
            failures.LastUtc = now;
        }

        _failures.Set(key, failures, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Window });
    }

    private static TimeSpan Doubling(TimeSpan first, int times, TimeSpan longest) =>
        times >= 20 ? longest : TimeSpan.FromTicks(Math.Min(first.Ticks << times, longest.Ticks));

    private static string AddressKey(string email) => "a|" + Normalized(email);

    private static string ClientKey(string email, IPAddress? client) => $"c|{client}|{Normalized(email)}";

    // As accounts compare addresses.
    private static string Normalized(string email) => email.Trim().ToUpperInvariant();

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset LastUtc { get; set; }
    }
}
