using System.Diagnostics;
using System.Globalization;

namespace Sirius.Performance;

/// <summary>Timings in milliseconds and what they add up to.</summary>
internal sealed record Timings(double[] Milliseconds, TimeSpan Elapsed)
{
    public double RequestsPerSecond => Milliseconds.Length / Elapsed.TotalSeconds;

    public double At(double quantile)
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}

/// <summary>Loads on loopback from this process: clients working back to back for a while, or one request after another.</summary>
internal static class Load
{
    /// <summary>A closed-loop load: a few clients sending GETs back to back for a while, every answer checked.</summary>
    public static async Task<Timings> RunAsync(Uri address, string path, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = address };
        await SendAsync(http, path); // warm: first call, compiled query, connection
        var warmUntil = Stopwatch.StartNew();
        while (warmUntil.Elapsed < TimeSpan.FromSeconds(2))
        {
            await SendAsync(http, path);
        }

        return await ClosedLoopAsync(clients, duration, async () =>
        {
            await SendAsync(http, path);
            return true;
        });
    }

    /// <summary>
    /// Clients doing one piece of work after another until the deadline (each finishes the piece it started); answers
    /// the timings of the pieces that succeeded (<paramref name="work"/> returns false for a failed one).
    /// </summary>
    public static async Task<Timings> ClosedLoopAsync(int clients, TimeSpan duration, Func<Task<bool>> work)
    {
        var bags = new List<double>[clients];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var timings = bags[c] = [];
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (await work())
                {
                    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        return new Timings(bags.SelectMany(b => b).ToArray(), watch.Elapsed);
    }

    /// <summary>One request after another with one client: the first one is the cold call. <paramref name="before"/>, untimed, runs before each.</summary>
    public static async Task<Timings> SequenceAsync(HttpClient http, string path, int count, Func<Task>? before = null)
    {
        var timings = new double[count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (before is not null)
            {
                await before();
            }

            var started = Stopwatch.GetTimestamp();
            await SendAsync(http, path);
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new Timings(timings, watch.Elapsed);
    }

    private static async Task SendAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }
    }
}
