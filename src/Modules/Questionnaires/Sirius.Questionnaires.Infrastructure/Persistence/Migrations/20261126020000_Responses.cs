using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261126020000_Responses")]
public sealed class Responses : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Responses",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                VersionId = table.Column<Guid>(nullable: false),
                SecretHash = table.Column<string>(maxLength: 64, nullable: false),
                AddressHash = table.Column<string>(maxLength: 64, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                StartedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                CompletedAtUtc = table.Column<DateTime>(nullable: true),
                DurationSeconds = table.Column<int>(nullable: true),
                FreeTextCount = table.Column<int>(nullable: false),
                Flags = table.Column<int>(nullable: false),
                ReviewedAtUtc = table.Column<DateTime>(nullable: true),
                Revision = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Responses", x => x.Id));
        migrationBuilder.CreateIndex("IX_Responses_CampaignId_Status", "Responses", ["CampaignId", "Status"], Schema);
        migrationBuilder.CreateIndex("IX_Responses_AddressHash_CompletedAtUtc", "Responses", ["AddressHash", "CompletedAtUtc"], Schema);

        migrationBuilder.CreateTable(
            name: "ResponseChoices",
            schema: Schema,
            columns: table => new
            {
                ResponseId = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                QuestionKey = table.Column<string>(maxLength: 80, nullable: false),
                ItemKey = table.Column<string>(maxLength: 80, nullable: false),
                Value = table.Column<string>(maxLength: 80, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ResponseChoices", x => new { x.ResponseId, x.QuestionKey, x.ItemKey, x.Value }));
        migrationBuilder.CreateIndex("IX_ResponseChoices_CampaignId_QuestionKey", "ResponseChoices", ["CampaignId", "QuestionKey"], Schema);
    }
}
