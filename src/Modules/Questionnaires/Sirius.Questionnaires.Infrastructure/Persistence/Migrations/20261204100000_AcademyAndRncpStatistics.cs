using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// The académie and the RNCP code of a campaign's formation, kept with the formation and on the statistics read side
/// (pilots' breakdown by académie, OPCO observers' scope). Existing rows start empty: the next catalogue import
/// publishes both for every formation, and recording a formation copies them onto its campaigns' rows.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261204100000_AcademyAndRncpStatistics")]
public sealed class AcademyAndRncpStatistics : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CampaignFormations", "StatsCampaigns" })
        {
            migrationBuilder.AddColumn<string>("AcademyCode", table, schema: Schema, maxLength: 2, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>("RncpCode", table, schema: Schema, maxLength: 12, nullable: false, defaultValue: "");
        }

        migrationBuilder.CreateIndex("IX_StatsCampaigns_RncpCode", "StatsCampaigns", "RncpCode", schema: Schema);
    }
}
