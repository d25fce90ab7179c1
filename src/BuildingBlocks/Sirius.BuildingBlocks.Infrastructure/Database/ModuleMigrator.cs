using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>Applies the platform's then each module's hand-written migrations at start-up.</summary>
public sealed class ModuleMigrator(IServiceScopeFactory scopeFactory, ModuleCatalog modules) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken) => MigrateAllAsync(cancellationToken);

    public async Task MigrateAllAsync(CancellationToken cancellationToken)
    {
        await using (var platform = scopeFactory.CreateAsyncScope())
        {
            await MigrateAsync(platform.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
        }

        foreach (var module in modules.All)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await MigrateAsync(module.Resolve(scope.ServiceProvider), cancellationToken);
        }
    }

    /// <summary>
    /// A migration that fills a new column rewrites its table: minutes for the response choices at national scale,
    /// where a request's command gets 30 seconds.
    /// </summary>
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromHours(1);

    // Migrating takes the database's migration lock, a write; most starts have nothing to apply and only read.
    private static async Task MigrateAsync(DbContext db, CancellationToken cancellationToken)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            db.Database.SetCommandTimeout(MigrationCommandTimeout);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
