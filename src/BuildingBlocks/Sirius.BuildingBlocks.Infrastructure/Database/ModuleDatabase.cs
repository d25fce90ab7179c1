using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

public static class ModuleDatabase
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>Points a module's DbContext at the configured provider, its schema and its own migrations history.</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string moduleName, string schema)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(options.SqliteDirectory);
                builder.UseSqlite(options.SqliteConnectionString(moduleName), sqlite =>
                    sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
                builder.AddInterceptors(SqliteBusyTimeout.Instance, SqliteWriteGate.Instance);

                // Each module has its own SQLite file instead of a schema (ADR 5).
                builder.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(RequireConnectionString(options), npgsql =>
                    npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(RequireConnectionString(options), sql =>
                    sql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        // The model snapshot holds PostgreSQL's column types (the design-time provider, docs/development.md), so on
        // the other providers it never equals the model; the drift tests compare the migrations with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static readonly ConcurrentDictionary<(Type, DatabaseProvider), IModel?> CompiledModels = new();

    /// <summary>
    /// Uses the model compiled for this provider (ADR 13), so that a host starts without building it: the class
    /// <c>{context namespace}.CompiledModels.{provider}.{context}Model</c> that <c>scripts/compiled-models.sh</c> writes.
    /// A provider without one (SQL Server) builds the model at first use.
    /// </summary>
    public static void UseCompiledModel(DbContextOptionsBuilder builder, Type contextType, DatabaseProvider provider)
    {
        if (CompiledModel(contextType, provider) is { } model)
        {
            builder.UseModel(model);
        }
    }

    public static IModel? CompiledModel(Type contextType, DatabaseProvider provider) =>
        CompiledModels.GetOrAdd((contextType, provider), key => key.Item1.Assembly
            .GetType($"{key.Item1.Namespace}.CompiledModels.{key.Item2}.{key.Item1.Name}Model")?
            .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?
            .GetValue(null) as IModel);

    private static string RequireConnectionString(DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException("Database:ConnectionString is required for " + options.Provider + ".")
            : options.ConnectionString;
}
