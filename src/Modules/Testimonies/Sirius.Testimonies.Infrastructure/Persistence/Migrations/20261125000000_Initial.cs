using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261125000000_Initial")]
public sealed class InitialTestimonies : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        OutboxTables.Create(migrationBuilder, Schema);

        migrationBuilder.CreateTable(
            name: "PublicEstablishments",
            schema: Schema,
            columns: table => new
            {
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                Uai = table.Column<string>(maxLength: 8, nullable: true),
                Name = table.Column<string>(maxLength: 250, nullable: false),
                Commune = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PublicEstablishments", x => x.Siret));

        migrationBuilder.CreateIndex("IX_PublicEstablishments_Uai", "PublicEstablishments", "Uai", Schema);
    }
}
