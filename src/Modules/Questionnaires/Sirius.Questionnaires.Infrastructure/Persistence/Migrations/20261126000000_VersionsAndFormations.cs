using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261126000000_VersionsAndFormations")]
public sealed class VersionsAndFormations : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "QuestionnaireVersions",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                DefinitionJson = table.Column<string>(nullable: false),
                DuplicatedFromId = table.Column<Guid>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                ValidatedAtUtc = table.Column<DateTime>(nullable: true),
                FirstAnsweredAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_QuestionnaireVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_QuestionnaireVersions_Number", "QuestionnaireVersions", "Number", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "CampaignFormations",
            schema: Schema,
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Cfd = table.Column<string>(maxLength: 8, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Diploma = table.Column<string>(maxLength: 100, nullable: false),
                Level = table.Column<int>(nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                GestionnaireSiret = table.Column<string>(maxLength: 14, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                Commune = table.Column<string>(maxLength: 100, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 3, nullable: false),
                RegionCode = table.Column<string>(maxLength: 2, nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CampaignFormations", x => x.Key));
        migrationBuilder.CreateIndex("IX_CampaignFormations_FormateurSiret", "CampaignFormations", "FormateurSiret", Schema);
        migrationBuilder.CreateIndex("IX_CampaignFormations_GestionnaireSiret", "CampaignFormations", "GestionnaireSiret", Schema);
    }
}
