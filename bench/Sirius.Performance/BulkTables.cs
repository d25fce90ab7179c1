using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Sirius.Performance;

/// <summary>
/// Writes rows of a module's table in bulk, bypassing EF change tracking: binary COPY on PostgreSQL (one connection
/// per table, so several tables can stream at once), prepared and reused INSERT commands inside one transaction per
/// module file on SQLite. Table and column names come from the module's EF model, and the columns given must be
/// exactly the entity's mapped properties, so a new column in a migration makes the generator fail instead of lying.
/// </summary>
internal abstract class BulkTable : IAsyncDisposable
{
    public long Rows { get; private set; }

    public static async Task<BulkTable> OpenAsync<TEntity>(DbContext context, BulkSession session, params string[] columns)
    {
        var entity = context.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var mapped = entity.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList();
        if (!mapped.SequenceEqual(columns.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name}: columns [{string.Join(", ", columns)}] differ from the model's [{string.Join(", ", mapped)}].");
        }

        var table = entity.GetTableName()!;
        return session.IsPostgres
            ? await PostgresTable.OpenAsync(session.ConnectionString(context), entity.GetSchema(), table, columns)
            : SqliteTable.Open(session.Sqlite(context), table, columns);
    }

    public void Add(params object?[] values)
    {
        Write(values);
        Rows++;
    }

    protected abstract void Write(object?[] values);

    public abstract ValueTask DisposeAsync();

    private sealed class PostgresTable(NpgsqlConnection connection, NpgsqlBinaryImporter importer) : BulkTable
    {
        public static async Task<BulkTable> OpenAsync(string connectionString, string? schema, string table, string[] columns)
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var importer = await connection.BeginBinaryImportAsync(
                $"COPY \"{schema}\".\"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            return new PostgresTable(connection, importer);
        }

        protected override void Write(object?[] values)
        {
            importer.StartRow();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case Guid g: importer.Write(g, NpgsqlDbType.Uuid); break;
                    case string s: importer.Write(s, NpgsqlDbType.Text); break;
                    case int i: importer.Write(i, NpgsqlDbType.Integer); break;
                    case long l: importer.Write(l, NpgsqlDbType.Bigint); break;
                    case bool b: importer.Write(b, NpgsqlDbType.Boolean); break;
                    case DateTime d: importer.Write(DateTime.SpecifyKind(d, DateTimeKind.Utc), NpgsqlDbType.TimestampTz); break;
                    case DateOnly d: importer.Write(d, NpgsqlDbType.Date); break;
                    default: throw new NotSupportedException(value.GetType().Name);
                }
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private sealed class SqliteTable(SqliteCommand command) : BulkTable
    {
        public static BulkTable Open((SqliteConnection Connection, SqliteTransaction Transaction) file, string table, string[] columns)
        {
            var command = file.Connection.CreateCommand();
            command.Transaction = file.Transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            command.Prepare();
            return new SqliteTable(command);
        }

        protected override void Write(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        public override ValueTask DisposeAsync()
        {
            command.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>The connections of one bulk load: on SQLite one connection and transaction per module file, committed at the end.</summary>
internal sealed class BulkSession(bool isPostgres) : IAsyncDisposable
{
    private readonly Dictionary<string, (SqliteConnection Connection, SqliteTransaction Transaction)> _files = [];

    public bool IsPostgres { get; } = isPostgres;

    public string ConnectionString(DbContext context) => context.Database.GetConnectionString()!;

    public (SqliteConnection Connection, SqliteTransaction Transaction) Sqlite(DbContext context)
    {
        var source = new SqliteConnectionStringBuilder(ConnectionString(context)).DataSource;
        if (!_files.TryGetValue(source, out var file))
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;";
                pragma.ExecuteNonQuery();
            }

            file = (connection, connection.BeginTransaction());
            _files.Add(source, file);
        }

        return file;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, transaction) in _files.Values)
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
