using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>A CFA's results list the testimonies published from its campaigns.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261126020000_VerbatimsByCampaign")]
public sealed class VerbatimsByCampaign : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex("IX_Verbatims_CampaignId_Status", "Verbatims", ["CampaignId", "Status"], TestimoniesDbContext.SchemaName);
}
