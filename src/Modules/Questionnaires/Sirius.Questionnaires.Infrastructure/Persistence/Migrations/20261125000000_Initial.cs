using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261125000000_Initial")]
public sealed class Initial : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        OutboxTables.Create(migrationBuilder, Schema);

        migrationBuilder.CreateTable(
            name: "KnownEstablishments",
            schema: Schema,
            columns: table => new
            {
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                Name = table.Column<string>(maxLength: 250, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 3, nullable: false),
                RegionCode = table.Column<string>(maxLength: 2, nullable: false),
                GestionnaireSiret = table.Column<string>(maxLength: 14, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_KnownEstablishments", x => x.Siret));

        migrationBuilder.CreateIndex("IX_KnownEstablishments_GestionnaireSiret", "KnownEstablishments", "GestionnaireSiret", Schema);
    }
}
