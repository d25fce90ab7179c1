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

    /// <summary>
    /// Renames the stored names of events (outbox <c>Type</c>) and handlers (inbox <c>Handler</c>) after their types were
    /// renamed, so that an event still pending at the upgrade is delivered, and not again to a handler that already had it.
    /// A handler split in several keeps its inbox rows under each of its new names.
    /// </summary>
    public static void Rename(
        MigrationBuilder migrationBuilder, string schema, IReadOnlyDictionary<string, string> events, IReadOnlyDictionary<string, string[]> handlers)
    {
        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        string Table(string name) => sqlServer ? $"[{schema}].[{name}]" : sqlite ? $"\"{name}\"" : $"{schema}.\"{name}\"";
        string Column(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

        foreach (var (old, renamed) in events)
            migrationBuilder.Sql($"UPDATE {Table(Outbox)} SET {Column("Type")} = {Text(renamed)} WHERE {Column("Type")} = {Text(old)}");

        foreach (var (old, renamed) in handlers)
        {
            foreach (var name in renamed)
            {
                migrationBuilder.Sql(
                    $"INSERT INTO {Table(Inbox)} ({Column("EventId")}, {Column("Handler")}, {Column("HandledAtUtc")}) " +
                    $"SELECT {Column("EventId")}, {Text(name)}, {Column("HandledAtUtc")} FROM {Table(Inbox)} WHERE {Column("Handler")} = {Text(old)}");
            }

            migrationBuilder.Sql($"DELETE FROM {Table(Inbox)} WHERE {Column("Handler")} = {Text(old)}");
        }
    }
}
