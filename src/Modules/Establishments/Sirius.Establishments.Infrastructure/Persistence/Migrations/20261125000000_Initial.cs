using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261125000000_Initial")]
public sealed class InitialEstablishments : Migration
{
    private const string Schema = EstablishmentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        OutboxTables.Create(migrationBuilder, Schema);

        migrationBuilder.CreateTable(
            name: "Establishments",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                Uai = table.Column<string>(maxLength: 8, nullable: true),
                Name = table.Column<string>(maxLength: 250, nullable: false),
                Street = table.Column<string>(maxLength: 250, nullable: false),
                PostalCode = table.Column<string>(maxLength: 5, nullable: false),
                Commune = table.Column<string>(maxLength: 100, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 3, nullable: false),
                RegionCode = table.Column<string>(maxLength: 2, nullable: false),
                AcademyCode = table.Column<string>(maxLength: 2, nullable: false),
                GestionnaireSiret = table.Column<string>(maxLength: 14, nullable: true),
                RegisteredAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Establishments", x => x.Id));

        migrationBuilder.CreateIndex("IX_Establishments_Siret", "Establishments", "Siret", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_Establishments_Uai", "Establishments", "Uai", Schema);
        migrationBuilder.CreateIndex("IX_Establishments_GestionnaireSiret", "Establishments", "GestionnaireSiret", Schema);
    }
}
