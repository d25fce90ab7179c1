using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Questionnaires.Infrastructure.Persistence.Migrations;

/// <summary>
/// The events moved to Contracts.IntegrationEvents and their handlers became On&lt;Event&gt; (issue #27): the names the
/// outbox and the inbox stored for them before are renamed.
/// </summary>
[DbContext(typeof(QuestionnairesDbContext))]
[Migration("20261207220000_IntegrationEventNames")]
public sealed class IntegrationEventNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        OutboxTables.Rename(migrationBuilder, QuestionnairesDbContext.SchemaName, new Dictionary<string, string>
        {
            ["Sirius.Questionnaires.Contracts.CampaignsCreated"] = "Sirius.Questionnaires.Contracts.IntegrationEvents.CampaignsCreated",
            ["Sirius.Questionnaires.Contracts.ResponseCompleted"] = "Sirius.Questionnaires.Contracts.IntegrationEvents.ResponseCompleted",
            ["Sirius.Questionnaires.Contracts.ResponseDiscarded"] = "Sirius.Questionnaires.Contracts.IntegrationEvents.ResponseDiscarded",
        }, new Dictionary<string, string[]>
        {
            ["Sirius.Questionnaires.Application.Establishments.RecordEstablishment"] = ["Sirius.Questionnaires.Application.IntegrationEvents.OnEstablishmentRegistered"],
            ["Sirius.Questionnaires.Application.Formations.RecordFormation"] = ["Sirius.Questionnaires.Application.IntegrationEvents.OnFormationPublished"],
            ["Sirius.Questionnaires.Application.Statistics.CountCompletedResponse"] = ["Sirius.Questionnaires.Application.IntegrationEvents.OnResponseCompleted"],
            ["Sirius.Questionnaires.Application.Statistics.UncountDiscardedResponse"] = ["Sirius.Questionnaires.Application.IntegrationEvents.OnResponseDiscarded"],
        });
}
