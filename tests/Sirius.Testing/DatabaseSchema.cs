using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.Testing;

/// <summary>
/// A database's tables, columns (type, nullability, length) and indexes as lines of text, read from the
/// catalogue of the server, so that a schema built by the migrations can be compared with one built from the model.
/// </summary>
public static class DatabaseSchema
{
    public static Task<IReadOnlyList<string>> DescribeAsync(ModuleDbContext db) => DescribeAsync(db, db.Schema);

    /// <summary>Any context with its own schema (the platform's tables).</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(DbContext db, string schema)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsNpgsql() ? await DescribePostgresAsync(connection, schema) : await DescribeSqliteAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> DescribePostgresAsync(DbConnection connection, string schema)
    {
        var lines = await QueryAsync(connection, $"""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '-')
            FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name <> '{ModuleDatabase.MigrationsHistoryTable}'
            UNION ALL
            SELECT 'index ' || tablename || ' ' || indexname || ' ' || replace(indexdef, '"', '')
            FROM pg_indexes WHERE schemaname = '{schema}' AND tablename <> '{ModuleDatabase.MigrationsHistoryTable}'
            """);
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection,
            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')"));
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'index {table} ' || il.name || ' unique=' || il.\"unique\" || ' ' || group_concat(ii.name) " +
                $"FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii GROUP BY il.name"));
        }

        return [.. lines.Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
