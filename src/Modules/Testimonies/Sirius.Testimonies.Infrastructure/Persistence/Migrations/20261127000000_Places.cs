using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>
/// Where formations and establishments are (for the nearby search), and the read-model version that tells
/// in-memory indexes when to rebuild.
/// </summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261127000000_Places")]
public sealed class Places : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("CommuneCode", "PublicFormations", schema: Schema, maxLength: 5, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("DepartmentCode", "PublicFormations", schema: Schema, maxLength: 3, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("RegionCode", "PublicFormations", schema: Schema, maxLength: 2, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<double>("Latitude", "PublicFormations", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<double>("Longitude", "PublicFormations", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<double>("Latitude", "PublicEstablishments", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<double>("Longitude", "PublicEstablishments", schema: Schema, nullable: true);

        migrationBuilder.CreateTable(
            name: "ReadModelVersions",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReadModelVersions", x => x.Id));
        // Without a model snapshot, the row's column types must be given, in each provider's words.
        string[] types = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ["int", "bigint"],
            "Microsoft.EntityFrameworkCore.Sqlite" => ["INTEGER", "INTEGER"],
            _ => ["integer", "bigint"],
        };
        migrationBuilder.InsertData("ReadModelVersions", ["Id", "Version"], types, [1, 0L], Schema);
    }
}
