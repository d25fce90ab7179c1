using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>
/// Published testimonies per formation and theme, filled from the verbatims already there; and an index that gives a
/// formation's published testimonies in the public pages' order (gems, then the latest moderated).
/// </summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261201130000_ThemeTallies")]
public sealed class ThemeTallies : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ThemeTallies",
            schema: Schema,
            columns: table => new
            {
                FormationKey = table.Column<string>(maxLength: 100, nullable: false),
                Theme = table.Column<string>(maxLength: 50, nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ThemeTallies", x => new { x.FormationKey, x.Theme }));
        migrationBuilder.CreateIndex(
            "IX_Verbatims_FormationKey_Status_Discarded_ModeratedAtUtc_Id", "Verbatims",
            ["FormationKey", "Status", "Discarded", "ModeratedAtUtc", "Id"], Schema);

        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var (tallies, verbatims, notDiscarded) = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ("[testimonies].[ThemeTallies]", "[testimonies].[Verbatims]", "[Discarded] = 0"),
            "Microsoft.EntityFrameworkCore.Sqlite" => ("\"ThemeTallies\"", "\"Verbatims\"", "\"Discarded\" = 0"),
            _ => ("testimonies.\"ThemeTallies\"", "testimonies.\"Verbatims\"", "NOT \"Discarded\""),
        };
        var (key, theme, count, status, themes) = sqlServer
            ? ("[FormationKey]", "[Theme]", "[Count]", "[Status]", "[Themes]")
            : ("\"FormationKey\"", "\"Theme\"", "\"Count\"", "\"Status\"", "\"Themes\"");
        var spaced = sqlServer ? $"' ' + {themes} + ' '" : $"' ' || {themes} || ' '";
        foreach (var name in Enum.GetNames<ModerationTheme>())
        {
            migrationBuilder.Sql(
                $"INSERT INTO {tallies} ({key}, {theme}, {count}) " +
                $"SELECT {key}, '{name}', COUNT(*) FROM {verbatims} " +
                $"WHERE {notDiscarded} AND {status} IN ('Validated', 'Gem') AND {spaced} LIKE '% {name} %' GROUP BY {key}");
        }
    }
}
