using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>
/// A verbatim's priority in the moderation queue (alerts, then threats and high-severity insults, then the rest), filled
/// from the flags of the verbatims already there, with the queue's index; and decisions in the verbatims' history
/// (status given, reason, serious flags a publication went past).
/// </summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261207050000_ModerationSafeguards")]
public sealed class ModerationSafeguards : Migration
{
    private const string Schema = TestimoniesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Priority", "Verbatims", schema: Schema, nullable: false, defaultValue: 2);
        migrationBuilder.DropIndex("IX_Verbatims_Status_ReceivedAtUtc", "Verbatims", Schema);
        migrationBuilder.CreateIndex("IX_Verbatims_Status_Priority_ReceivedAtUtc", "Verbatims", ["Status", "Priority", "ReceivedAtUtc"], Schema);
        migrationBuilder.AddColumn<string>("Status", "VerbatimEdits", schema: Schema, maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<string>("Reason", "VerbatimEdits", schema: Schema, maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("OverriddenFlags", "VerbatimEdits", schema: Schema, maxLength: 100, nullable: true);

        var (verbatims, priority, kinds, flags) = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ("[testimonies].[Verbatims]", "[Priority]", "[FlagKinds]", "[FlagsJson]"),
            "Microsoft.EntityFrameworkCore.Sqlite" => ("\"Verbatims\"", "\"Priority\"", "\"FlagKinds\"", "\"FlagsJson\""),
            _ => ("testimonies.\"Verbatims\"", "\"Priority\"", "\"FlagKinds\"", "\"FlagsJson\""),
        };
        migrationBuilder.Sql(
            $"UPDATE {verbatims} SET {priority} = 1 " +
            $"WHERE {kinds} LIKE '% Threat %' OR {flags} LIKE '%\"Kind\":\"Insult\",\"Severity\":\"High\"%'");
    }
}
