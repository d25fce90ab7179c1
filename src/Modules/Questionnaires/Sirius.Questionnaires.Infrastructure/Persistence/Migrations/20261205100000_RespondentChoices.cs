using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// One choice per response and question counts its respondent, so that a CFA's results count values and respondents
/// in one grouping read from a covering index; existing rows mark the choice with the smallest item and value of each
/// response's question. On national data (30.5 million choices, PostgreSQL) the table is locked for minutes: see
/// docs/deployment.md.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261205100000_RespondentChoices")]
public sealed class RespondentChoices : Migration
{
    private const string Schema = QuestionnairesDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("CountsRespondent", "ResponseChoices", schema: Schema, nullable: false, defaultValue: false);
        // Replaced by a covering index, built once the rows are filled (one index less to maintain while filling).
        migrationBuilder.DropIndex("IX_ResponseChoices_CampaignId_QuestionKey", "ResponseChoices", Schema);

        var (table, yes) = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => ($"[{Schema}].[ResponseChoices]", "1"),
            "Microsoft.EntityFrameworkCore.Sqlite" => ("\"ResponseChoices\"", "1"),
            _ => ($"{Schema}.\"ResponseChoices\"", "TRUE"),
        };
        string Column(string name) => migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer" ? $"[{name}]" : $"\"{name}\"";
        var (flag, response, question, item, value) = (Column("CountsRespondent"), Column("ResponseId"), Column("QuestionKey"), Column("ItemKey"), Column("Value"));
        migrationBuilder.Sql(
            $"UPDATE {table} SET {flag} = {yes} WHERE NOT EXISTS (SELECT 1 FROM {table} o " +
            $"WHERE o.{response} = {table}.{response} AND o.{question} = {table}.{question} " +
            $"AND (o.{item} < {table}.{item} OR (o.{item} = {table}.{item} AND o.{value} < {table}.{value})))");
        migrationBuilder.CreateIndex(
            "IX_ResponseChoices_Campaign", "ResponseChoices", ["CampaignId", "QuestionKey", "ItemKey", "Value", "CountsRespondent"], Schema);
    }
}
