using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// Verified responses (given through a personal invitation link) counted per campaign on the statistics read side;
/// existing rows are filled from the campaigns' completed responses.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261202100000_VerifiedStatistics")]
public sealed class VerifiedStatistics : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("VerifiedResponses", "StatsCampaigns", schema: Schema, nullable: false, defaultValue: 0);

        var (stats, responses, verified) = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ($"[{Schema}].[StatsCampaigns]", $"[{Schema}].[Responses]", "r.[Verified] = 1"),
            "Microsoft.EntityFrameworkCore.Sqlite" => ("\"StatsCampaigns\"", "\"Responses\"", "r.\"Verified\" = 1"),
            _ => ($"{Schema}.\"StatsCampaigns\"", $"{Schema}.\"Responses\"", "r.\"Verified\""),
        };
        var (count, campaign, status, outer) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer"
            ? ("[VerifiedResponses]", "[CampaignId]", "[Status]", "[StatsCampaigns]")
            : ("\"VerifiedResponses\"", "\"CampaignId\"", "\"Status\"", "\"StatsCampaigns\"");
        migrationBuilder.Sql(
            $"UPDATE {stats} SET {count} = (SELECT COUNT(*) FROM {responses} r " +
            $"WHERE r.{campaign} = {outer}.{campaign} AND r.{status} = 'Completed' AND {verified})");
    }
}
