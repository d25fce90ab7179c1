using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>
/// Makes a SQLite connection that finds the database locked by another writer wait inside SQLite (a few milliseconds
/// at first, up to the command timeout) instead of failing at once: Microsoft.Data.Sqlite would retry the statement
/// after sleeping 150 ms, which is what every step of a questionnaire paid whenever two apprentices saved at once.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, sqlite.DefaultTimeout * 1000);
        }
    }
}
