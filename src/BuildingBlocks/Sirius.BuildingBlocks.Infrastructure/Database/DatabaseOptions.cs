namespace Sirius.BuildingBlocks.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL or SQL Server connection string. Unused on SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>On SQLite each module gets its own file in this folder, since SQLite has no schemas.</summary>
    public string SqliteDirectory { get; set; } = "data";

    /// <summary>
    /// A private cache per connection: the files are in write-ahead-log mode, where readers never wait for the writer,
    /// but a shared cache locks tables between connections again (and Microsoft.Data.Sqlite answers such a lock by
    /// sleeping 150 ms before retrying).
    /// </summary>
    public string SqliteConnectionString(string moduleName) =>
        $"Data Source={Path.Combine(SqliteDirectory, moduleName + ".db")};Pooling=True;Default Timeout=30";
}
