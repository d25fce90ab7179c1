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

    public string SqliteConnectionString(string moduleName) =>
        $"Data Source={Path.Combine(SqliteDirectory, moduleName + ".db")};Cache=Shared;Pooling=True;Default Timeout=30";
}
