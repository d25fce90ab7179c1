using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sirius.Performance;

/// <summary>The Release host started as its own process on Kestrel (loopback), so that its memory and start-up are its own.</summary>
internal sealed class MeasuredHost : IAsyncDisposable
{
    private readonly Process _process;

    private MeasuredHost(Process process, Uri address, TimeSpan coldStart)
    {
        _process = process;
        Address = address;
        ColdStart = coldStart;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>From the process start to the first 200 on <c>/health/ready</c>.</summary>
    public TimeSpan ColdStart { get; }

    /// <param name="log">A file that receives every line the host writes (its log), for profiling; null keeps only the last lines for errors.</param>
    /// <param name="published">A host published before (to compare two builds on the same data); null publishes this tree's.</param>
    public static async Task<MeasuredHost> StartAsync(string root, IReadOnlyDictionary<string, string> settings, string? log = null, string? published = null)
    {
        var hostDll = published is null ? await PublishAsync(root) : Path.Combine(published, "Sirius.Host.dll");

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var file = log is null ? null : TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => Keep(errors, e.Data, file);
        process.ErrorDataReceived += (_, e) => Keep(errors, e.Data, file);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The host stopped: " + string.Join(Environment.NewLine, errors));
            }

            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new MeasuredHost(process, address, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The host did not become ready in 5 minutes.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Publishes the host as docs/deployment.md says to deploy it (ReadyToRun), into .bench/host.</summary>
    private static async Task<string> PublishAsync(string root)
    {
        var output = Path.Combine(root, ".bench", "host");
        var publish = Process.Start(new ProcessStartInfo(
            "dotnet",
            ["publish", Path.Combine(root, "src", "Host", "Sirius.Host"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "quiet"])
        {
            UseShellExecute = false,
        })!;
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the host failed (exit code {publish.ExitCode}).");
        }

        return Path.Combine(output, "Sirius.Host.dll");
    }

    /// <summary>Peak resident memory of the host so far (VmHWM), in MiB.</summary>
    public double PeakRssMiB() => Status("VmHWM:") / 1024.0;

    public double RssMiB() => Status("VmRSS:") / 1024.0;

    /// <summary>
    /// CPU time the host has used so far (user and system, all threads): divided by the requests served in between, a
    /// cost that other processes on the same cores do not change, unlike the throughput.
    /// </summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private long Status(string field) =>
        File.ReadLines($"/proc/{_process.Id}/status")
            .Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => long.Parse(l[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .First();

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line, TextWriter? log)
    {
        if (line is null)
        {
            return;
        }

        log?.WriteLine(line);
        lines.Enqueue(line);
        while (lines.Count > 50)
        {
            lines.TryDequeue(out _);
        }
    }
}
