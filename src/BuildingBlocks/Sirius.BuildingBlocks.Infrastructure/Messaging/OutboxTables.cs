using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The outbox and inbox tables every module migration creates in its own schema.</summary>
public static class OutboxTables
{
    public const string Outbox = "OutboxMessages";
    public const string Inbox = "InboxMessages";

    public static void Create(MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.CreateTable(
            name: Outbox,
            schema: schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: OutboxMessage.TypeMaxLength, nullable: false),
                Payload = table.Column<string>(nullable: false),
                OccurredAtUtc = table.Column<DateTime>(nullable: false),
                ProcessedAtUtc = table.Column<DateTime>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                LastError = table.Column<string>(maxLength: OutboxMessage.ErrorMaxLength, nullable: true),
                ClaimedBy = table.Column<Guid>(nullable: true),
                ClaimedUntilUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_" + Outbox, x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_Pending",
            schema: schema,
            table: Outbox,
            columns: ["ProcessedAtUtc", "NextAttemptAtUtc"]);

        migrationBuilder.CreateTable(
            name: Inbox,
            schema: schema,
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                Handler = table.Column<string>(maxLength: InboxMessage.HandlerMaxLength, nullable: false),
                HandledAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Inbox, x => new { x.EventId, x.Handler }));
    }
}
