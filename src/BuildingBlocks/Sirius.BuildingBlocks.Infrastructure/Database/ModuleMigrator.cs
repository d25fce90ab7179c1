using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>Applies the platform's then each module's hand-written migrations at start-up.</summary>
public sealed class ModuleMigrator(IServiceScopeFactory scopeFactory, ModuleCatalog modules)
{
    public async Task MigrateAllAsync(CancellationToken cancellationToken)
    {
        await using (var platform = scopeFactory.CreateAsyncScope())
        {
            await platform.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync(cancellationToken);
        }

        foreach (var module in modules.All)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await module.Resolve(scope.ServiceProvider).Database.MigrateAsync(cancellationToken);
        }
    }
}
