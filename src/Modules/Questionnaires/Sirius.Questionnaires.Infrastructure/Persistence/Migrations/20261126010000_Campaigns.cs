using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261126010000_Campaigns")]
public sealed class Campaigns : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Campaigns",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Token = table.Column<string>(maxLength: 24, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                VersionId = table.Column<Guid>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                Seats = table.Column<int>(nullable: false),
                CreatedBy = table.Column<Guid>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                DeletedAtUtc = table.Column<DateTime>(nullable: true),
                ResponsesCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Campaigns", x => x.Id));
        migrationBuilder.CreateIndex("IX_Campaigns_Token", "Campaigns", "Token", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_Campaigns_FormationKey", "Campaigns", "FormationKey", Schema);
        migrationBuilder.CreateIndex("IX_Campaigns_Siret", "Campaigns", "Siret", Schema);
    }
}
