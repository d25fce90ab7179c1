using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>Rosters of apprentices invited personally, the unsubscribed addresses' hashes, verified responses, invitation-only campaigns.</summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261201140000_Rosters")]
public sealed class Rosters : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("PersonalInvitationsOnly", "Campaigns", schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("Verified", "Responses", schema: Schema, nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "RosterEntries",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                FirstName = table.Column<string>(maxLength: 100, nullable: false),
                LastName = table.Column<string>(maxLength: 100, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                EmailHash = table.Column<string>(maxLength: 64, nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: true),
                ReminderTokenHash = table.Column<string>(maxLength: 64, nullable: true),
                InvitedAtUtc = table.Column<DateTime>(nullable: true),
                RemindedAtUtc = table.Column<DateTime>(nullable: true),
                Opened = table.Column<bool>(nullable: false),
                Answered = table.Column<bool>(nullable: false),
                PurgedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_RosterEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_RosterEntries_CampaignId_Email", "RosterEntries", ["CampaignId", "Email"], Schema);
        migrationBuilder.CreateIndex("IX_RosterEntries_TokenHash", "RosterEntries", "TokenHash", Schema);
        migrationBuilder.CreateIndex("IX_RosterEntries_ReminderTokenHash", "RosterEntries", "ReminderTokenHash", Schema);
        migrationBuilder.CreateIndex("IX_RosterEntries_EmailHash", "RosterEntries", "EmailHash", Schema);

        migrationBuilder.CreateTable(
            name: "Unsubscriptions",
            schema: Schema,
            columns: table => new
            {
                EmailHash = table.Column<string>(maxLength: 64, nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Unsubscriptions", x => x.EmailHash));
    }
}
