using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>The public statistics page's counters (one row), counted once from the rows already there.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261207120000_PublicCounters")]
public sealed class AddPublicCounters : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PublicCounters",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Establishments = table.Column<int>(nullable: false),
                Campaigns = table.Column<int>(nullable: false),
                Responses = table.Column<int>(nullable: false),
                PublishedTestimonies = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PublicCounters", x => x.Id));

        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        string table(string name) => sqlServer ? $"[testimonies].[{name}]" : sqlite ? $"\"{name}\"" : $"testimonies.\"{name}\"";
        string quote(string column) => sqlServer ? $"[{column}]" : $"\"{column}\"";
        var notDiscarded = sqlServer || sqlite ? $"{quote("Discarded")} = 0" : "NOT \"Discarded\"";
        migrationBuilder.Sql(
            $"INSERT INTO {table("PublicCounters")} ({quote("Id")}, {quote("Establishments")}, {quote("Campaigns")}, {quote("Responses")}, {quote("PublishedTestimonies")}) SELECT 1, " +
            $"(SELECT COUNT(DISTINCT {quote("FormateurSiret")}) FROM {table("FormationResponses")} WHERE {quote("Responses")} > 0), " +
            $"(SELECT COUNT(DISTINCT {quote("CampaignId")}) FROM {table("CountedResponses")} WHERE {notDiscarded}), " +
            $"(SELECT COUNT(*) FROM {table("CountedResponses")} WHERE {notDiscarded}), " +
            $"(SELECT COUNT(*) FROM {table("Verbatims")} WHERE {notDiscarded} AND {quote("Status")} IN ('Validated', 'Gem'))");
    }
}
