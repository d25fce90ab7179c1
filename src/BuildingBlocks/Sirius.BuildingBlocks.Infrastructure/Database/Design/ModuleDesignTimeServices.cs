using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Sirius.BuildingBlocks.Infrastructure.Database.Design;

/// <summary>
/// What <c>dotnet ef</c> uses at design time for the DbContexts whose migrations an assembly holds (docs/development.md,
/// « Adding a migration »). The host, the startup project, references no EF Core type (ADR 0032), so the tools find
/// this class through the attribute <c>[assembly: DesignTimeServicesReference(ModuleDesignTimeServices.TypeName)]</c>
/// that each migrations assembly declares.
/// </summary>
public sealed class ModuleDesignTimeServices : IDesignTimeServices
{
    public const string TypeName = "Sirius.BuildingBlocks.Infrastructure.Database.Design.ModuleDesignTimeServices, Sirius.BuildingBlocks.Infrastructure";

    public void ConfigureDesignTimeServices(IServiceCollection serviceCollection) =>
        serviceCollection.AddSingleton<IMigrationsCodeGenerator, ProviderNeutralMigrationsGenerator>();
}
