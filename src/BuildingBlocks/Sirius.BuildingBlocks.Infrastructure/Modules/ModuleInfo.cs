using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.BuildingBlocks.Infrastructure.Modules;

/// <summary>What the platform needs to know of a module: its name, schema, DbContext and assemblies.</summary>
public sealed record ModuleInfo(
    string Name,
    string Schema,
    Type DbContextType,
    Assembly ApplicationAssembly,
    Assembly ContractsAssembly)
{
    public ModuleDbContext Resolve(IServiceProvider services) =>
        (ModuleDbContext)services.GetRequiredService(DbContextType);

    public bool Owns(Type requestType) =>
        requestType.Assembly == ApplicationAssembly || requestType.Assembly == ContractsAssembly;
}

public sealed class ModuleCatalog(IEnumerable<ModuleInfo> modules)
{
    public IReadOnlyList<ModuleInfo> All { get; } = modules.ToList();

    public ModuleInfo OwnerOf(Type requestType) =>
        All.FirstOrDefault(m => m.Owns(requestType))
        ?? throw new InvalidOperationException($"{requestType.FullName} belongs to no registered module.");
}
