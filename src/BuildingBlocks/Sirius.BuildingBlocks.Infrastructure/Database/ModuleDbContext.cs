using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.BuildingBlocks.Infrastructure.Database;

/// <summary>
/// Base of every module's DbContext: its own schema, its outbox and inbox tables, and
/// <see cref="Publish"/> so that events are committed in the same transaction as the business rows.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IEventOutbox
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

    internal bool HasPendingEvents() =>
        ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
