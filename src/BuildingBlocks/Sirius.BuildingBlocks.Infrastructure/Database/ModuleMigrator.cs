using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>Applies each module's hand-written migrations at start-up.</summary>
public sealed class ModuleMigrator(IServiceScopeFactory scopeFactory, ModuleCatalog modules)
{
    public async Task MigrateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules.All)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await module.Resolve(scope.ServiceProvider).Database.MigrateAsync(cancellationToken);
        }
    }
}
