using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Sirius.BuildingBlocks.Infrastructure.Database.Design;

/// <summary>
/// Writes the migrations that <c>dotnet ef migrations add</c> scaffolds so that one migration serves SQLite,
/// PostgreSQL and SQL Server, as the hand-written ones do (ADR 5): columns are declared by CLR type, length and
/// nullability without the design-time provider's column type, and an identity column carries the three providers'
/// annotations. The model snapshot keeps the design-time provider's types: it is only compared with itself.
/// </summary>
public sealed class ProviderNeutralMigrationsGenerator(
    MigrationsCodeGeneratorDependencies dependencies, CSharpMigrationsGeneratorDependencies csharpDependencies)
    : CSharpMigrationsGenerator(dependencies, csharpDependencies)
{
    private const string SqliteAutoincrement = "Sqlite:Autoincrement";
    private const string NpgsqlValueGeneration = "Npgsql:ValueGenerationStrategy";
    private const string SqlServerIdentity = "SqlServer:Identity";

    private static readonly string[] ProviderPrefixes = ["Sqlite:", "Npgsql:", "SqlServer:"];

    public override string GenerateMigration(
        string? migrationNamespace, string migrationName, IReadOnlyList<MigrationOperation> upOperations, IReadOnlyList<MigrationOperation> downOperations)
    {
        foreach (var column in upOperations.Concat(downOperations).SelectMany(Columns))
        {
            Neutralize(column);
        }

        return base.GenerateMigration(migrationNamespace, migrationName, upOperations, downOperations);
    }

    private static IEnumerable<ColumnOperation> Columns(MigrationOperation operation) => operation switch
    {
        CreateTableOperation table => table.Columns,
        AlterColumnOperation alter => [alter, alter.OldColumn],
        ColumnOperation column => [column],
        _ => [],
    };

    private static void Neutralize(ColumnOperation column)
    {
        column.ColumnType = null;
        var identity = column[SqliteAutoincrement] is true
            || column[NpgsqlValueGeneration] is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn
            || column[SqlServerIdentity] is not null;
        foreach (var annotation in column.GetAnnotations().Where(a => ProviderPrefixes.Any(p => a.Name.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            column.RemoveAnnotation(annotation.Name);
        }

        if (identity)
        {
            column.AddAnnotation(SqliteAutoincrement, true);
            column.AddAnnotation(NpgsqlValueGeneration, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            column.AddAnnotation(SqlServerIdentity, "1, 1");
        }
    }
}
