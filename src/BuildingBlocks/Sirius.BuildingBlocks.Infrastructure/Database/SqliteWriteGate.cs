using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>
/// Lets this process's write transactions on a SQLite file take turns in memory. SQLite admits one writer at a time and
/// makes the others poll, sleeping 1, 2, 5, 10… ms between tries on a blocked thread (about 500 sleeps a second while
/// apprentices answered): here they wait asynchronously, and the next one starts as soon as the last one ends.
/// SQLite's own lock still guarantees the writes: a writer that waited longer than the connection's timeout goes on
/// without its turn (as before, SQLite then makes it wait or fail), so a turn never held back by mistake can block
/// anything for good. Transactions only (every command's unit of work, every delivery of an event): a statement outside
/// one still meets the others in SQLite.
/// </summary>
internal sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    // The contexts whose connection holds its file's turn (one transaction at a time).
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Holders = [];

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (Turn(connection, eventData.Context) is { } turn && turn.Wait(Patience(connection)))
        {
            Holders.AddOrUpdate(eventData.Context!, turn);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (Turn(connection, eventData.Context) is { } turn && await turn.WaitAsync(Patience(connection), cancellationToken))
        {
            Holders.AddOrUpdate(eventData.Context!, turn);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    // A failed start, commit or rollback: giving the turn back early only lets the next writer meet SQLite's own lock.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    // A transaction disposed without commit or rollback ends when its connection closes.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => Released(eventData.Context);

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.Context);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData) => Released(eventData.Context);

    private static SemaphoreSlim? Turn(DbConnection connection, DbContext? context) =>
        context is not null && connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            && !Holders.TryGetValue(context, out _)
            ? Turns.GetOrAdd(Path.GetFullPath(file), _ => new SemaphoreSlim(1, 1))
            : null;

    private static TimeSpan Patience(DbConnection connection) =>
        TimeSpan.FromSeconds(connection is SqliteConnection { DefaultTimeout: > 0 and var seconds } ? seconds : 30);

    private static void Release(DbContext? context)
    {
        if (context is not null && Holders.TryGetValue(context, out var turn) && Holders.Remove(context))
        {
            turn.Release();
        }
    }

    private static Task Released(DbContext? context)
    {
        Release(context);
        return Task.CompletedTask;
    }
}
