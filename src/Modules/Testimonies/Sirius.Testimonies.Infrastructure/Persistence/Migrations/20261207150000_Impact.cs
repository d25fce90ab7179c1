using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>The impact counters (day × measure × target × establishment × origin) and the day of each « utile ? » vote.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261207150000_Impact")]
public sealed class Impact : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ImpactCounts",
            schema: Schema,
            columns: table => new
            {
                Day = table.Column<DateOnly>(nullable: false),
                Measure = table.Column<string>(maxLength: 20, nullable: false),
                Target = table.Column<string>(maxLength: 50, nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                Origin = table.Column<string>(maxLength: 100, nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ImpactCounts", x => new { x.Day, x.Measure, x.Target, x.Siret, x.Origin }));
        migrationBuilder.CreateIndex("IX_ImpactCounts_Siret_Day", "ImpactCounts", ["Siret", "Day"], schema: Schema);
        migrationBuilder.AddColumn<DateOnly>("GivenOn", "VerbatimFeedbacks", schema: Schema, nullable: true);
    }
}
