using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>The first publicly visible testimony of each establishment (once per SIRET, for the CFA's notification).</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261128000000_FirstPublications")]
public sealed class FirstPublications : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "FirstPublications",
            schema: Schema,
            columns: table => new
            {
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                VerbatimId = table.Column<Guid>(nullable: false),
                PublishedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FirstPublications", x => x.Siret));
}
