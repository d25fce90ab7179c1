using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// Personal invitations sent and used to answer, counted per campaign on the statistics read side (pilots' invitation
/// response rates); existing rows are filled from the roster lines.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261202110000_InvitationStatistics")]
public sealed class InvitationStatistics : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Invited", "StatsCampaigns", schema: Schema, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>("InvitationsAnswered", "StatsCampaigns", schema: Schema, nullable: false, defaultValue: 0);

        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        string Quote(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        var (stats, roster) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite"
            ? (Quote("StatsCampaigns"), Quote("RosterEntries"))
            : ($"{Quote(Schema)}.{Quote("StatsCampaigns")}", $"{Quote(Schema)}.{Quote("RosterEntries")}");
        var answered = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? $"r.{Quote("Answered")}" : $"r.{Quote("Answered")} = 1";
        var sameCampaign = $"r.{Quote("CampaignId")} = {Quote("StatsCampaigns")}.{Quote("CampaignId")}";
        migrationBuilder.Sql(
            $"UPDATE {stats} SET {Quote("Invited")} = (SELECT COUNT(*) FROM {roster} r WHERE {sameCampaign} AND r.{Quote("InvitedAtUtc")} IS NOT NULL), " +
            $"{Quote("InvitationsAnswered")} = (SELECT COUNT(*) FROM {roster} r WHERE {sameCampaign} AND {answered})");
    }
}
