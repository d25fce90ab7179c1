using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// The statistics read side pre-aggregated per area (the country, each région, each département) and the version
/// that tells reports cached in memory when to compute again. Existing databases fill the area tables with a
/// <c>RebuildStatistics</c>.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261201130000_AreaStatistics")]
public sealed class AreaStatistics : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;
    private const int KeyMaxLength = 80;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StatsAreaDurations",
            schema: Schema,
            columns: table => new
            {
                Area = table.Column<string>(maxLength: QuestionnairesDbContext.AreaKindMaxLength, nullable: false),
                Code = table.Column<string>(maxLength: QuestionnairesDbContext.AreaCodeMaxLength, nullable: false),
                Bucket = table.Column<int>(nullable: false),
                Responses = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsAreaDurations", x => new { x.Area, x.Code, x.Bucket }));

        migrationBuilder.CreateTable(
            name: "StatsAreaDays",
            schema: Schema,
            columns: table => new
            {
                Area = table.Column<string>(maxLength: QuestionnairesDbContext.AreaKindMaxLength, nullable: false),
                Code = table.Column<string>(maxLength: QuestionnairesDbContext.AreaCodeMaxLength, nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                Responses = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsAreaDays", x => new { x.Area, x.Code, x.Day }));

        migrationBuilder.CreateTable(
            name: "StatsAreaAnswers",
            schema: Schema,
            columns: table => new
            {
                Area = table.Column<string>(maxLength: QuestionnairesDbContext.AreaKindMaxLength, nullable: false),
                Code = table.Column<string>(maxLength: QuestionnairesDbContext.AreaCodeMaxLength, nullable: false),
                QuestionKey = table.Column<string>(maxLength: KeyMaxLength, nullable: false),
                ItemKey = table.Column<string>(maxLength: KeyMaxLength, nullable: false),
                Value = table.Column<string>(maxLength: KeyMaxLength, nullable: false),
                Responses = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsAreaAnswers", x => new { x.Area, x.Code, x.QuestionKey, x.ItemKey, x.Value }));

        migrationBuilder.CreateTable(
            name: "StatsVersion",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsVersion", x => x.Id));

        // Without a model snapshot, the row's column types must be given, in each provider's words.
        string[] types = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ["int", "bigint"],
            "Microsoft.EntityFrameworkCore.Sqlite" => ["INTEGER", "INTEGER"],
            _ => ["integer", "bigint"],
        };
        migrationBuilder.InsertData("StatsVersion", ["Id", "Version"], types, [1, 0L], Schema);
    }
}
