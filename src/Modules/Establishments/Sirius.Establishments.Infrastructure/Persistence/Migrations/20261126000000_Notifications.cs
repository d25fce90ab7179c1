using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

/// <summary>
/// Once-only notification markers (one per account and kind: the primary key is the unique index), and when an
/// account or an establishment first had campaigns (for the reminder).
/// </summary>
[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261126000000_Notifications")]
public sealed class Notifications : Migration
{
    private const string Schema = EstablishmentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("FirstCampaignAtUtc", "Accounts", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<DateTime>("FirstCampaignAtUtc", "Establishments", schema: Schema, nullable: true);
        migrationBuilder.CreateTable(
            name: "AccountNotifications",
            schema: Schema,
            columns: table => new
            {
                AccountId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                DecidedAtUtc = table.Column<DateTime>(nullable: false),
                SentAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AccountNotifications", x => new { x.AccountId, x.Kind }));
    }
}
