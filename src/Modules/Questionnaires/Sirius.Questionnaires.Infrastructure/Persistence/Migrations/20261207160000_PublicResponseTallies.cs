using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// The public statistics page's responses per month, région and diploma level (ADR 0030), summed once from the
/// campaigns' rows already there (deleted campaigns left out, as the projection and the rebuild do).
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261207160000_PublicResponseTallies")]
public sealed class PublicResponseTallies : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StatsPublicTallies",
            schema: Schema,
            columns: table => new
            {
                Dimension = table.Column<string>(maxLength: QuestionnairesDbContext.AreaKindMaxLength, nullable: false),
                Key = table.Column<string>(maxLength: QuestionnairesDbContext.PublicTallyKeyMaxLength, nullable: false),
                Responses = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsPublicTallies", x => new { x.Dimension, x.Key }));

        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        string table(string name) => sqlServer ? $"[questionnaires].[{name}]" : sqlite ? $"\"{name}\"" : $"questionnaires.\"{name}\"";
        string quote(string column) => sqlServer ? $"[{column}]" : $"\"{column}\"";
        var live = sqlServer || sqlite ? $"c.{quote("Deleted")} = 0" : "NOT c.\"Deleted\"";
        var month = sqlServer ? $"CONVERT(char(7), d.{quote("Day")}, 120)" : sqlite ? $"substr(d.{quote("Day")}, 1, 7)" : $"to_char(d.\"Day\", 'YYYY-MM')";
        var level = $"CASE WHEN c.{quote("DiplomaLevel")} = 0 THEN '' ELSE CAST(c.{quote("DiplomaLevel")} AS {(sqlServer ? "nvarchar(7)" : sqlite ? "TEXT" : "text")}) END";
        var insert = $"INSERT INTO {table("StatsPublicTallies")} ({quote("Dimension")}, {quote("Key")}, {quote("Responses")}) ";
        var campaigns = $"{table("StatsCampaigns")} c";

        migrationBuilder.Sql(
            insert + $"SELECT '{PublicResponseTally.Month}', x.k, SUM(x.r) FROM (SELECT {month} AS k, d.{quote("Responses")} AS r " +
            $"FROM {table("StatsDays")} d JOIN {campaigns} ON c.{quote("CampaignId")} = d.{quote("CampaignId")} WHERE {live}) x " +
            "GROUP BY x.k HAVING SUM(x.r) <> 0");
        migrationBuilder.Sql(
            insert + $"SELECT '{PublicResponseTally.Region}', c.{quote("RegionCode")}, SUM(c.{quote("Responses")}) FROM {campaigns} " +
            $"WHERE {live} GROUP BY c.{quote("RegionCode")} HAVING SUM(c.{quote("Responses")}) <> 0");
        migrationBuilder.Sql(
            insert + $"SELECT '{PublicResponseTally.DiplomaLevel}', x.k, SUM(x.r) FROM (SELECT {level} AS k, c.{quote("Responses")} AS r " +
            $"FROM {campaigns} WHERE {live}) x GROUP BY x.k HAVING SUM(x.r) <> 0");
    }
}
