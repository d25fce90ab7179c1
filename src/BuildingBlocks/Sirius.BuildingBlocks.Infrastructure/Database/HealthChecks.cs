using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>
/// Ready when the start-up work is done and every module's database answers and has no pending migration; on SQLite,
/// when each module's file is still the one the host found at its first check (not moved, deleted or replaced).
/// </summary>
internal sealed class ModulesDatabaseHealthCheck(
    IServiceScopeFactory scopeFactory, ModuleCatalog modules, StartupGate startup, SqliteFileIdentities files) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsOpen)
        {
            return HealthCheckResult.Unhealthy("start-up work not done");
        }

        foreach (var module in modules.All)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = module.Resolve(scope.ServiceProvider);
            try
            {
                if (db.Database.IsSqlite() && !files.IsStillTheSame(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource))
                {
                    return HealthCheckResult.Unhealthy($"{module.Name}: database file moved, deleted or replaced");
                }

                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy($"{module.Name}: database unreachable");
                }

                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    return HealthCheckResult.Unhealthy($"{module.Name}: migrations pending");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"{module.Name}: {ex.GetType().Name}");
            }
        }

        return HealthCheckResult.Healthy();
    }
}

/// <summary>
/// The identity of each SQLite file as first seen, so that readiness notices a file swapped under the running host
/// (SQLite would silently open the new one, or create an empty one): its full path and, on Linux, its device and
/// inode (creation times are not kept by every Linux file system); elsewhere its creation time.
/// </summary>
internal sealed class SqliteFileIdentities
{
    private readonly ConcurrentDictionary<string, (ulong Device, ulong Inode, DateTime Created)> _seen = new(StringComparer.Ordinal);

    public bool IsStillTheSame(string dataSource)
    {
        var path = Path.GetFullPath(dataSource);
        if (!File.Exists(path))
        {
            return false;
        }

        var identity = Identity(path);
        return _seen.GetOrAdd(path, identity) == identity;
    }

    private static (ulong, ulong, DateTime) Identity(string path)
    {
        // 64-bit Linux (glibc and musl, x86-64 and arm64) starts struct stat with st_dev then st_ino, 8 bytes each.
        var stat = new byte[256];
        return OperatingSystem.IsLinux() && Environment.Is64BitProcess && Stat(path, stat) == 0
            ? (BitConverter.ToUInt64(stat, 0), BitConverter.ToUInt64(stat, 8), default)
            : (0, 0, File.GetCreationTimeUtc(path));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}

/// <summary>Ready when the dispatcher started or finished a pass recently (the scheduled job runs every poll interval).</summary>
internal sealed class DispatcherHealthCheck(DispatcherHeartbeat heartbeat, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.AutoDispatch)
        {
            return Task.FromResult(HealthCheckResult.Healthy("automatic dispatch disabled"));
        }

        var last = heartbeat.LastBeat;
        var allowed = options.Value.PollInterval * 6;
        return Task.FromResult(last is { } beat && clock.GetUtcNow() - beat <= allowed
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("no dispatch pass recently"));
    }
}
