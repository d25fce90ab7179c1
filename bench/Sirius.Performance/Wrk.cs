using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sirius.Performance;

/// <summary>One wrk run (2 threads, 64 connections): requests/s, p99, and what went wrong.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, int Timeouts, int Errors, int Non2xx)
{
    public bool Clean => Timeouts == 0 && Errors == 0 && Non2xx == 0;
}

/// <summary>
/// Public reads measured with wrk (the Debian package), so that the host, not a load loop in this process, is the
/// limit. Installed with apt-get when missing and the suite may; otherwise the reads are skipped with a line saying so.
/// </summary>
internal static partial class Wrk
{
    public const int Threads = 2;
    public const int Connections = 64;

    /// <summary>Null when wrk is there (or was just installed); otherwise why the reads are skipped.</summary>
    public static async Task<string?> EnsureInstalledAsync()
    {
        if (await StartsAsync())
        {
            return null;
        }

        Console.Error.WriteLine("wrk not found: installing the Debian package (apt-get install -y wrk)");
        await RunAsync("apt-get", ["install", "-y", "-q", "wrk"]);
        return await StartsAsync()
            ? null
            : "wrk is not installed and could not be installed (as root: apt-get install wrk): the public reads were not measured";
    }

    public static async Task<WrkResult> MeasureAsync(Uri address, string path, TimeSpan duration)
    {
        var url = new Uri(address, path).ToString();
        await RunAsync("wrk", ["-t1", "-c8", "-d1s", url]); // warm: first calls, connections, the stored answer
        var output = await RunAsync("wrk", [$"-t{Threads}", $"-c{Connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", url])
                     ?? throw new InvalidOperationException($"wrk failed on {path}");
        return new WrkResult(
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(P99().Match(output)),
            Count(Timeouts().Match(output)),
            Count(SocketErrors().Match(output)),
            Count(Non2xx().Match(output)));
    }

    private static double Milliseconds(Match match)
    {
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            "m" => value * 60_000,
            _ => value,
        };
    }

    /// <summary>Whether wrk runs at all (its --version exits with 1).</summary>
    private static async Task<bool> StartsAsync()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("wrk", ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            await process.WaitForExitAsync();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static int Count(Match match) => match.Success ? match.Groups.Values.Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;

    /// <summary>The standard output, or null when the program is missing or failed.</summary>
    private static async Task<string?> RunAsync(string program, string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await errors;
            return process.ExitCode == 0 ? await output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"timeout (\d+)")]
    private static partial Regex Timeouts();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
