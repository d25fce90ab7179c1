using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>"Was this useful?" answers, one per browser and testimony.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261126010000_Feedback")]
public sealed class Feedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "VerbatimFeedbacks",
            schema: TestimoniesDbContext.SchemaName,
            columns: table => new
            {
                VerbatimId = table.Column<Guid>(nullable: false),
                BrowserToken = table.Column<string>(maxLength: 64, nullable: false),
                Useful = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_VerbatimFeedbacks", x => new { x.VerbatimId, x.BrowserToken }));
}
