using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.Testing;

/// <summary>The real host, in process, on SQLite files of its own or on a fresh PostgreSQL database.</summary>
public sealed class SiriusHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private SiriusHost(Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _settings = settings;
        _settings.TryAdd("OpenData:Directory", Path.Combine(Path.GetTempPath(), "sirius-open-data-" + Guid.NewGuid().ToString("N")[..12]));
        _services = services;
    }

    public DatabaseProvider Provider => Enum.Parse<DatabaseProvider>(_settings["Database:Provider"]!);

    public string? ConnectionString => _settings["Database:ConnectionString"];

    public string? SqliteDirectory => _settings.GetValueOrDefault("Database:SqliteDirectory");

    /// <summary>The key of the addresses' hashes (<c>Invitations:UnsubscribeKey</c>) every test host uses unless told otherwise.</summary>
    public const string UnsubscribeKey = "tests-only-unsubscribe-key-0123456789";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(2);

    public static async Task<SiriusHost> OnPostgresAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? connectionString = null)
    {
        connectionString ??= await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        return new SiriusHost(
            Merge(settings, new()
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
                ["Database:ConnectionString"] = connectionString,
            }),
            services);
    }

    public static SiriusHost OnSqlite(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? directory = null) =>
        new(
            Merge(settings, new()
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["Database:SqliteDirectory"] = directory ?? Path.Combine(Path.GetTempPath(), "sirius-sqlite-" + Guid.NewGuid().ToString("N")[..12]),
            }),
            services);

    /// <summary>Another host on the same database, with other settings (a second instance, a restart).</summary>
    public SiriusHost Sibling(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(Merge(settings, new(_settings.Where(s => s.Key.StartsWith("Database:", StringComparison.Ordinal)))), services);

    /// <summary>Whether starting the host waits for its start-up work (migrations, reference data); true unless a test watches that work.</summary>
    public bool WaitsForStartup { get; set; } = true;

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Serves the host on Kestrel at a free loopback port, for a real browser; answers its base address.</summary>
    public Uri StartOnKestrel()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        // Bound through Kestrel's options: UseKestrel(port) rewrites the server's addresses after the app has built,
        // and throws when Kestrel has already bound them (dotnet/aspnetcore#67714).
        UseKestrel(options => options.ListenLocalhost(port));
        StartServer();
        WaitForStartup(Services);
        return new Uri($"http://localhost:{port}");
    }

    /// <summary>Stops the host and closes its idle PostgreSQL connections at once rather than when they expire.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        WaitForStartup(host.Services);
        return host;
    }

    // Quartz starts once the gate is open; a test that moves the clock must find the triggers already computed.
    private void WaitForStartup(IServiceProvider services)
    {
        if (!WaitsForStartup)
        {
            return;
        }

        services.GetRequiredService<StartupGate>().WaitAsync(CancellationToken.None).WaitAsync(StartupTimeout).GetAwaiter().GetResult();
        var scheduler = services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask().GetAwaiter().GetResult();
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (scheduler.Status != SchedulerStatus.Running)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The scheduler did not start.");
            }

            Thread.Sleep(10);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    private static Dictionary<string, string?> Merge(IDictionary<string, string?>? extra, Dictionary<string, string?> database)
    {
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            database.TryAdd(key, value);
        }

        database.TryAdd("Invitations:UnsubscribeKey", UnsubscribeKey);
        return database;
    }
}
