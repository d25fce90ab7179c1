using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>Establishments' replies to their published testimonies, one per testimony, moderated.</summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261128010000_Replies")]
public sealed class Replies : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "TestimonyReplies",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                VerbatimId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: false),
                Text = table.Column<string>(maxLength: 1500, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                RejectionReason = table.Column<string>(maxLength: 500, nullable: true),
                WrittenAtUtc = table.Column<DateTime>(nullable: false),
                ModeratedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TestimonyReplies", x => x.Id));
        migrationBuilder.CreateIndex("IX_TestimonyReplies_VerbatimId", "TestimonyReplies", "VerbatimId", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_TestimonyReplies_Status_WrittenAtUtc", "TestimonyReplies", ["Status", "WrittenAtUtc"], Schema);
    }
}
