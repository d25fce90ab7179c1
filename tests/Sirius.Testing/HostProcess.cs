using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sirius.Testing;

/// <summary>
/// The built host (<c>dotnet Sirius.Host.dll</c>) run as a separate process on Kestrel at a free loopback port,
/// configured through environment variables, so that a test can kill it (SIGKILL on Linux) and start it again.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Dictionary<string, string> _settings;
    private readonly List<string> _output = [];
    private Process? _process;

    public HostProcess(IDictionary<string, string> settings) => _settings = new Dictionary<string, string>(settings);

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host built with this test project: src/Host/Sirius.Host/bin/{configuration}/{framework}/Sirius.Host.dll.</summary>
    public static string Assembly => FindAssembly();

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output.TakeLast(40));
            }
        }
    }

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        // The muxer running these tests (DOTNET_HOST_PATH, set by the SDK), else the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } muxer ? muxer : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow to answer yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host is not ready after the timeout:{Environment.NewLine}{Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Kills the process at once (SIGKILL on Linux: no shutdown, no flush) and waits until it is gone.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 400)
            {
                _output.RemoveRange(0, 200);
            }
        }
    }

    private static string FindAssembly()
    {
        var binary = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = binary.Name;
        var configuration = binary.Parent!.Name;
        var root = binary;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Sirius.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? "", "src", "Host", "Sirius.Host", "bin", configuration, framework, "Sirius.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first (the test project references it).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
