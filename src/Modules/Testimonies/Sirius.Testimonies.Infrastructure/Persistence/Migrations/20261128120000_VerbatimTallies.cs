using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>Verbatims per formation and moderation status, for pilots' figures; filled from the verbatims already there.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261128120000_VerbatimTallies")]
public sealed class VerbatimTallies : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "VerbatimTallies",
            schema: Schema,
            columns: table => new
            {
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                FormateurSiret = table.Column<string>(maxLength: 14, nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_VerbatimTallies", x => new { x.FormationKey, x.Status }));
        migrationBuilder.CreateIndex("IX_VerbatimTallies_FormateurSiret", "VerbatimTallies", "FormateurSiret", Schema);

        var (tallies, verbatims, notDiscarded) = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ("[testimonies].[VerbatimTallies]", "[testimonies].[Verbatims]", "[Discarded] = 0"),
            "Microsoft.EntityFrameworkCore.Sqlite" => ("\"VerbatimTallies\"", "\"Verbatims\"", "\"Discarded\" = 0"),
            _ => ("testimonies.\"VerbatimTallies\"", "testimonies.\"Verbatims\"", "NOT \"Discarded\""),
        };
        var (key, status, siret, count) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer"
            ? ("[FormationKey]", "[Status]", "[FormateurSiret]", "[Count]")
            : ("\"FormationKey\"", "\"Status\"", "\"FormateurSiret\"", "\"Count\"");
        migrationBuilder.Sql(
            $"INSERT INTO {tallies} ({key}, {status}, {siret}, {count}) " +
            $"SELECT {key}, {status}, MAX({siret}), COUNT(*) FROM {verbatims} WHERE {notDiscarded} GROUP BY {key}, {status}");
    }
}
