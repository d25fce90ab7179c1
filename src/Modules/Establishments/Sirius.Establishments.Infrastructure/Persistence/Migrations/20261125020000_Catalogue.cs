using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261125020000_Catalogue")]
public sealed class Catalogue : Migration
{
    private const string Schema = EstablishmentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<double>(name: "Latitude", table: "Establishments", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<double>(name: "Longitude", table: "Establishments", schema: Schema, nullable: true);

        migrationBuilder.CreateTable(
            name: "Formations",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 60, nullable: false),
                Cfd = table.Column<string>(maxLength: 8, nullable: false),
                RncpCode = table.Column<string>(maxLength: 12, nullable: true),
                CertifInfoId = table.Column<string>(maxLength: 12, nullable: true),
                Diploma = table.Column<string>(maxLength: 60, nullable: false),
                Level = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 250, nullable: false),
                Sector = table.Column<string>(maxLength: 60, nullable: false),
                DurationMonths = table.Column<int>(nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                GestionnaireSiret = table.Column<string>(maxLength: 14, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                PostalCode = table.Column<string>(maxLength: 5, nullable: false),
                Commune = table.Column<string>(maxLength: 100, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 3, nullable: false),
                RegionCode = table.Column<string>(maxLength: 2, nullable: false),
                Latitude = table.Column<double>(nullable: false),
                Longitude = table.Column<double>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Formations", x => x.Id));
        migrationBuilder.CreateIndex("IX_Formations_Key", "Formations", "Key", Schema, unique: true);
    }
}
