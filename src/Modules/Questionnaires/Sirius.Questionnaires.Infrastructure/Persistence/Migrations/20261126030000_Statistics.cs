using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>The statistics read side: pre-aggregated counters per campaign, durations, days and answers.</summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261126030000_Statistics")]
public sealed class Statistics : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StatsCampaigns",
            schema: Schema,
            columns: table => new
            {
                CampaignId = table.Column<Guid>(nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                Cfd = table.Column<string>(maxLength: 8, nullable: false),
                RegionCode = table.Column<string>(maxLength: 2, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 3, nullable: false),
                DiplomaLevel = table.Column<int>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                Seats = table.Column<int>(nullable: false),
                Deleted = table.Column<bool>(nullable: false),
                Responses = table.Column<int>(nullable: false),
                FreeTextResponses = table.Column<int>(nullable: false),
                DurationSecondsSum = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsCampaigns", x => x.CampaignId));
        migrationBuilder.CreateIndex("IX_StatsCampaigns_RegionCode", "StatsCampaigns", "RegionCode", Schema);
        migrationBuilder.CreateIndex("IX_StatsCampaigns_DepartmentCode", "StatsCampaigns", "DepartmentCode", Schema);
        migrationBuilder.CreateIndex("IX_StatsCampaigns_Siret", "StatsCampaigns", "Siret", Schema);

        migrationBuilder.CreateTable(
            name: "StatsDurations",
            schema: Schema,
            columns: table => new
            {
                CampaignId = table.Column<Guid>(nullable: false),
                Bucket = table.Column<int>(nullable: false),
                Responses = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsDurations", x => new { x.CampaignId, x.Bucket }));

        migrationBuilder.CreateTable(
            name: "StatsDays",
            schema: Schema,
            columns: table => new
            {
                CampaignId = table.Column<Guid>(nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                Responses = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsDays", x => new { x.CampaignId, x.Day }));

        migrationBuilder.CreateTable(
            name: "StatsAnswers",
            schema: Schema,
            columns: table => new
            {
                CampaignId = table.Column<Guid>(nullable: false),
                QuestionKey = table.Column<string>(maxLength: 80, nullable: false),
                ItemKey = table.Column<string>(maxLength: 80, nullable: false),
                Value = table.Column<string>(maxLength: 80, nullable: false),
                Responses = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StatsAnswers", x => new { x.CampaignId, x.QuestionKey, x.ItemKey, x.Value }));
    }
}
