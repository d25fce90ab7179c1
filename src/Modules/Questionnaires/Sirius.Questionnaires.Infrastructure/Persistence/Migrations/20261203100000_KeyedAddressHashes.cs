using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// Addresses' hashes become keyed (HMAC-SHA256 under <c>Invitations:UnsubscribeKey</c>): existing rows are marked as
/// plain SHA-256 (false), and the invitations job re-hashes them under the key before its next sending (docs/rgpd.md).
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261203100000_KeyedAddressHashes")]
public sealed class KeyedAddressHashes : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("EmailHashKeyed", "RosterEntries", schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("Keyed", "Unsubscriptions", schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.CreateIndex("IX_Unsubscriptions_Keyed", "Unsubscriptions", "Keyed", schema: Schema);
    }
}
