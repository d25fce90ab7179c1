using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>A CFA may take an apprentice off a roster: the line keeps its counters and records when it was removed.</summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261207100000_RosterEntryRemoval")]
public sealed class RosterEntryRemoval : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>("RemovedAtUtc", "RosterEntries", schema: Schema, nullable: true);
}
