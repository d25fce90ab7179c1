using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>Verbatims and their edit history, the public formations and the response aggregates.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261126000000_Verbatims")]
public sealed class Verbatims : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PublicFormations",
            schema: Schema,
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Cfd = table.Column<string>(maxLength: 8, nullable: false),
                RncpCode = table.Column<string>(maxLength: 20, nullable: true),
                CertifInfoId = table.Column<string>(maxLength: 20, nullable: true),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Diploma = table.Column<string>(maxLength: 100, nullable: false),
                Level = table.Column<int>(nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                Commune = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PublicFormations", x => x.Key));
        migrationBuilder.CreateIndex("IX_PublicFormations_Cfd", "PublicFormations", "Cfd", Schema);
        migrationBuilder.CreateIndex("IX_PublicFormations_RncpCode", "PublicFormations", "RncpCode", Schema);
        migrationBuilder.CreateIndex("IX_PublicFormations_CertifInfoId", "PublicFormations", "CertifInfoId", Schema);
        migrationBuilder.CreateIndex("IX_PublicFormations_FormateurSiret", "PublicFormations", "FormateurSiret", Schema);

        migrationBuilder.CreateTable(
            name: "Verbatims",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ResponseId = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                QuestionKey = table.Column<string>(maxLength: 100, nullable: false),
                QuestionLabel = table.Column<string>(maxLength: 500, nullable: false),
                OriginalText = table.Column<string>(maxLength: 4000, nullable: false),
                AnonymisedText = table.Column<string>(maxLength: 4000, nullable: false),
                FlagsJson = table.Column<string>(nullable: false),
                FlagKinds = table.Column<string>(maxLength: 200, nullable: false),
                Themes = table.Column<string>(maxLength: 400, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                RejectionReason = table.Column<string>(maxLength: 500, nullable: true),
                Discarded = table.Column<bool>(nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(nullable: false),
                ModeratedAtUtc = table.Column<DateTime>(nullable: true),
                UsefulCount = table.Column<int>(nullable: false),
                NotUsefulCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Verbatims", x => x.Id));
        migrationBuilder.CreateIndex("IX_Verbatims_ResponseId_QuestionKey", "Verbatims", ["ResponseId", "QuestionKey"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_Verbatims_Status_ReceivedAtUtc", "Verbatims", ["Status", "ReceivedAtUtc"], Schema);
        migrationBuilder.CreateIndex("IX_Verbatims_FormationKey_Status", "Verbatims", ["FormationKey", "Status"], Schema);
        migrationBuilder.CreateIndex("IX_Verbatims_FormateurSiret_Status", "Verbatims", ["FormateurSiret", "Status"], Schema);

        migrationBuilder.CreateTable(
            name: "VerbatimEdits",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                VerbatimId = table.Column<Guid>(nullable: false),
                PreviousText = table.Column<string>(maxLength: 4000, nullable: false),
                NewText = table.Column<string>(maxLength: 4000, nullable: false),
                EditedBy = table.Column<Guid>(nullable: true),
                EditedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_VerbatimEdits", x => x.Id));
        migrationBuilder.CreateIndex("IX_VerbatimEdits_VerbatimId", "VerbatimEdits", "VerbatimId", Schema);

        migrationBuilder.CreateTable(
            name: "FormationResponses",
            schema: Schema,
            columns: table => new
            {
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                Cfd = table.Column<string>(maxLength: 8, nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                Responses = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FormationResponses", x => x.FormationKey));
        migrationBuilder.CreateIndex("IX_FormationResponses_Cfd", "FormationResponses", "Cfd", Schema);
        migrationBuilder.CreateIndex("IX_FormationResponses_FormateurSiret", "FormationResponses", "FormateurSiret", Schema);

        migrationBuilder.CreateTable(
            name: "AnswerCounts",
            schema: Schema,
            columns: table => new
            {
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                QuestionKey = table.Column<string>(maxLength: 100, nullable: false),
                ItemKey = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<string>(maxLength: 100, nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AnswerCounts", x => new { x.FormationKey, x.QuestionKey, x.ItemKey, x.Value }));

        migrationBuilder.CreateTable(
            name: "CountedResponses",
            schema: Schema,
            columns: table => new
            {
                ResponseId = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                Discarded = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CountedResponses", x => x.ResponseId));
        migrationBuilder.CreateIndex("IX_CountedResponses_CampaignId", "CountedResponses", "CampaignId", Schema);
    }
}
