using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>When a finished response's free texts were erased (retention purge).</summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261127000000_ResponseErasure")]
public sealed class ResponseErasure : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("PersonalDataErasedAtUtc", "Responses", schema: Schema, nullable: true);
        migrationBuilder.CreateIndex(
            "IX_Responses_PersonalDataErasedAtUtc_CompletedAtUtc", "Responses", ["PersonalDataErasedAtUtc", "CompletedAtUtc"], Schema);
    }
}
