using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sirius.Testing;

/// <summary>
/// A real PostgreSQL server for the tests: initdb into a temporary folder and pg_ctl on a free loopback
/// port, stopped when the test process ends. SIRIUS_TEST_POSTGRES (an admin connection string) points the
/// tests at an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync());

    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory, int port)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        Port = port;
    }

    public string AdminConnectionString { get; }

    public int Port { get; }

    /// <summary>The server shared by every test of this process.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    /// <summary>A server of one's own, for tests that stop and start it.</summary>
    public static Task<PostgresServer> StartOwnAsync() => StartAsync(ignoreExternal: true);

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "sirius_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Idle connections close within seconds: hundreds of test databases each keeping a pool open for Npgsql's
        // default five minutes would exhaust max_connections on a fast machine.
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 50,
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 1,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    public async Task StopAsync()
    {
        EnsureOwned();
        NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), $"-D \"{_dataDirectory}\" -m fast -w stop");
    }

    public async Task StartAsync()
    {
        EnsureOwned();
        await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), StartArguments(_dataDirectory!, Port));
    }

    private static async Task<PostgresServer> StartAsync(bool ignoreExternal = false)
    {
        var external = Environment.GetEnvironmentVariable("SIRIUS_TEST_POSTGRES");
        if (!ignoreExternal && !string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null, null, new NpgsqlConnectionStringBuilder(external).Port);
        }

        var bin = FindBinDirectory();
        var data = Path.Combine(Path.GetTempPath(), "sirius-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"postgres \"{data}\"", asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), $"-D \"{data}\" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"), StartArguments(data, port));

        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false", data, bin, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Destroy();
        return server;
    }

    private static string StartArguments(string data, int port) =>
        $"-D \"{data}\" -l \"{data}/server.log\" -w -t 60 -o \"-p {port} -k {data} -c listen_addresses=127.0.0.1 " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB\" start";

    private void Destroy()
    {
        if (_dataDirectory is null)
        {
            return;
        }

        try
        {
            RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), $"-D \"{_dataDirectory}\" -m immediate -w stop").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private void EnsureOwned()
    {
        if (_dataDirectory is null)
        {
            throw new InvalidOperationException("This server is external; start one with StartOwnAsync.");
        }
    }

    private static string FindBinDirectory()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versions.Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
               ?? throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres = true)
    {
        var runAsPostgres = asPostgres && Environment.UserName == "root";
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : file, runAsPostgres ? $"-u postgres -- {file} {arguments}" : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
