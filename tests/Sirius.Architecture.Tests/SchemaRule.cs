using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.Architecture.Tests;

/// <summary>A module's DbContext maps tables of its own schema only.</summary>
internal static class SchemaRule
{
    public static IReadOnlyList<string> Violations(ModuleDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetSchema() != db.Schema)
            .Select(e => $"{db.GetType().Name} maps {e.GetSchema()}.{e.GetTableName()} outside schema {db.Schema}")
            .ToList();
}
