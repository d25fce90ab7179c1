using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>
/// Base of every module's DbContext: its own schema, its outbox and inbox tables, and
/// <see cref="Publish"/> so that events are committed in the same transaction as the business rows.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IEventOutbox, IEventInbox, ITransactionLock
{
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public void Publish(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = EventTypeRegistry.KeyOf(integrationEvent.GetType()),
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), EventTypeRegistry.JsonOptions),
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
            NextAttemptAtUtc = integrationEvent.OccurredAtUtc,
        });

    public async Task<int> SettlePendingAsync<TEvent, THandler>(DateTime handledAtUtc, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent>
    {
        var type = EventTypeRegistry.KeyOf(typeof(TEvent));
        var handler = IntegrationEventSubscription.NameOf(typeof(THandler));
        var pending = await OutboxMessages
            .Where(m => m.ProcessedAtUtc == null && m.Type == type && !InboxMessages.Any(i => i.EventId == m.Id && i.Handler == handler))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        InboxMessages.AddRange(pending.Select(id => new InboxMessage { EventId = id, Handler = handler, HandledAtUtc = handledAtUtc }));
        return pending.Count;
    }

    /// <summary>
    /// Saves; when an entity <see cref="MovesReadSideVersion"/> selects was added, changed or deleted, also runs
    /// <see cref="RaiseReadSideVersionAsync"/> in the same transaction (its own one if none is open), so that views kept
    /// in memory on every host instance know the read side moved exactly when its rows are committed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!MovesReadSide())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await RaiseReadSideVersionAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        MovesReadSide() ? SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult() : base.SaveChanges(acceptAllChangesOnSuccess);

    /// <summary>
    /// Holds a named lock until the open transaction ends, for every host instance on the database: writers that read
    /// shared read-model rows, add to them and write them back take it first, so that two instances never interleave
    /// (their updates would be lost). SQLite serves one instance, whose writes are serialised by the file anyway.
    /// </summary>
    public Task LockAsync(string resource, CancellationToken cancellationToken) => TakeLockAsync(resource, shared: false, cancellationToken);

    public Task ShareLockAsync(string resource, CancellationToken cancellationToken) => TakeLockAsync(resource, shared: true, cancellationToken);

    public async Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            await work(cancellationToken);
            return;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task TakeLockAsync(string resource, bool shared, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"The lock {resource} is held by a transaction: open one first.");
        }

        var mode = shared ? "Shared" : "Exclusive";
        return Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => shared
                ? Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock_shared(hashtext({resource}))", cancellationToken)
                : Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({resource}))", cancellationToken),
            "Microsoft.EntityFrameworkCore.SqlServer" =>
                Database.ExecuteSqlInterpolatedAsync($"EXEC sp_getapplock @Resource = {resource}, @LockMode = {mode}, @LockOwner = 'Transaction'", cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The entities whose changes move the module's read-side version (none unless a module keeps one).</summary>
    protected virtual bool MovesReadSideVersion(object entity) => false;

    /// <summary>Raises the module's read-side version (an atomic increment of its version row).</summary>
    protected virtual Task RaiseReadSideVersionAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Outbox rows were saved in a transaction not committed yet (kept by <see cref="OutboxCommitInterceptor"/>).</summary>
    internal bool UncommittedEvents { get; set; }

    internal bool HasPendingEvents() =>
        ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    // Entries() detects changes first, as saving does.
    private bool MovesReadSide() =>
        ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && MovesReadSideVersion(e.Entity));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
