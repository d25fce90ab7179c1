using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

public sealed class OutboxMessage
{
    public const int TypeMaxLength = 300;
    public const int ErrorMaxLength = 2000;

    public Guid Id { get; set; }

    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }

    public Guid? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }
}

/// <summary>Records that a subscriber of this module handled an event, so a second delivery is a no-op.</summary>
public sealed class InboxMessage
{
    public const int HandlerMaxLength = 200;

    public Guid EventId { get; set; }

    public string Handler { get; set; } = "";

    public DateTime HandledAtUtc { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(OutboxTables.Outbox);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(OutboxMessage.TypeMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.HasIndex(m => new { m.ProcessedAtUtc, m.NextAttemptAtUtc }).HasDatabaseName("IX_OutboxMessages_Pending");
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(OutboxTables.Inbox);
        builder.HasKey(m => new { m.EventId, m.Handler });
        builder.Property(m => m.Handler).HasMaxLength(InboxMessage.HandlerMaxLength);
    }
}
