using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

/// <summary>
/// The académie of a formation's place (its département's). Existing rows start empty; the next catalogue import finds
/// them changed, fills them and publishes the formations again.
/// </summary>
[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261204100000_FormationAcademy")]
public sealed class FormationAcademy : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(
            "AcademyCode", "Formations", schema: EstablishmentsDbContext.SchemaName, maxLength: 2, nullable: false, defaultValue: "");
}
