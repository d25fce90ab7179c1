using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261125010000_Accounts")]
public sealed class Accounts : Migration
{
    private const string Schema = EstablishmentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Accounts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 254, nullable: false),
                FirstName = table.Column<string>(maxLength: 100, nullable: false),
                LastName = table.Column<string>(maxLength: 100, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
                ObserverScopeValue = table.Column<string>(maxLength: 4000, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ActivatedAtUtc = table.Column<DateTime>(nullable: true),
                TermsAcceptedAtUtc = table.Column<DateTime>(nullable: true),
                LastSignInAtUtc = table.Column<DateTime>(nullable: true),
                PasswordHash = table.Column<string>(maxLength: 200, nullable: true),
                SecurityStamp = table.Column<string>(maxLength: 64, nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 64, nullable: false),
                EmailConfirmed = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                AccessFailedCount = table.Column<int>(nullable: false),
                LockoutEnabled = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Accounts", x => x.Id));
        migrationBuilder.CreateIndex("IX_Accounts_NormalizedEmail", "Accounts", "NormalizedEmail", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_Accounts_Status", "Accounts", "Status", Schema);

        migrationBuilder.CreateTable(
            name: "AccountEstablishments",
            schema: Schema,
            columns: table => new
            {
                AccountId = table.Column<Guid>(nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountEstablishments", x => new { x.AccountId, x.Siret });
                table.ForeignKey("FK_AccountEstablishments_Accounts_AccountId", x => x.AccountId, principalSchema: Schema,
                    principalTable: "Accounts", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AccountEstablishments_Siret", "AccountEstablishments", "Siret", Schema);

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                AtUtc = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<Guid>(nullable: false),
                TargetAccountId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                Details = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEntries_TargetAccountId", "AuditEntries", "TargetAccountId", Schema);
    }
}
