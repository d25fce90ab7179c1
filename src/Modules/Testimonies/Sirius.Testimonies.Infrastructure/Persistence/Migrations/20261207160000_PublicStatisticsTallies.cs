using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>
/// The public statistics page's rejected testimonies, national theme counts and moderation delays (ADR 0030), counted
/// once from the rows already there.
/// </summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261207160000_PublicStatisticsTallies")]
public sealed class PublicStatisticsTallies : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("RejectedTestimonies", "PublicCounters", schema: Schema, nullable: false, defaultValue: 0);
        migrationBuilder.CreateTable(
            name: "NationalThemeTallies",
            schema: Schema,
            columns: table => new
            {
                Theme = table.Column<string>(maxLength: 50, nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_NationalThemeTallies", x => x.Theme));
        migrationBuilder.CreateTable(
            name: "ModerationDelayTallies",
            schema: Schema,
            columns: table => new
            {
                Hours = table.Column<int>(nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ModerationDelayTallies", x => x.Hours));

        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        string table(string name) => sqlServer ? $"[testimonies].[{name}]" : sqlite ? $"\"{name}\"" : $"testimonies.\"{name}\"";
        string quote(string column) => sqlServer ? $"[{column}]" : $"\"{column}\"";
        var notDiscarded = sqlServer || sqlite ? $"{quote("Discarded")} = 0" : "NOT \"Discarded\"";
        var (received, moderated) = (quote("ReceivedAtUtc"), quote("ModeratedAtUtc"));
        var hours = sqlServer ? $"DATEDIFF_BIG(second, {received}, {moderated}) / 3600"
            : sqlite ? $"CAST((julianday({moderated}) - julianday({received})) * 24 AS INTEGER)"
            : $"CAST(FLOOR(EXTRACT(EPOCH FROM ({moderated} - {received})) / 3600) AS integer)";
        var bucket = $"CASE WHEN {hours} < 0 THEN 0 WHEN {hours} > {Domain.ModerationDelayTally.LastBucket} THEN {Domain.ModerationDelayTally.LastBucket} ELSE {hours} END";

        migrationBuilder.Sql(
            $"UPDATE {table("PublicCounters")} SET {quote("RejectedTestimonies")} = " +
            $"(SELECT COUNT(*) FROM {table("Verbatims")} WHERE {notDiscarded} AND {quote("Status")} = 'Rejected')");
        migrationBuilder.Sql(
            $"INSERT INTO {table("NationalThemeTallies")} ({quote("Theme")}, {quote("Count")}) " +
            $"SELECT {quote("Theme")}, SUM({quote("Count")}) FROM {table("ThemeTallies")} GROUP BY {quote("Theme")}");
        migrationBuilder.Sql(
            $"INSERT INTO {table("ModerationDelayTallies")} ({quote("Hours")}, {quote("Count")}) " +
            $"SELECT b.h, COUNT(*) FROM (SELECT {bucket} AS h FROM {table("Verbatims")} WHERE {moderated} IS NOT NULL) b GROUP BY b.h");
    }
}
