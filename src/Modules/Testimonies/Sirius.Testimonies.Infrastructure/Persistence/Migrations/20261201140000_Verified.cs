using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>Responses given through a personal invitation: the verbatim's « vérifié » mark and the verified counts.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261201140000_Verified")]
public sealed class Verified : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("Verified", "Verbatims", schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("Verified", "CountedResponses", schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("VerifiedResponses", "FormationResponses", schema: Schema, nullable: false, defaultValue: 0);
    }
}
