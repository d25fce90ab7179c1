using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Testimonies.Infrastructure.Persistence.Migrations;

/// <summary>
/// The events moved to Contracts.IntegrationEvents and their handlers became On&lt;Event&gt; (issue #27): the names the
/// outbox and the inbox stored for them before are renamed.
/// </summary>
[DbContext(typeof(TestimoniesDbContext))]
[Migration("20261207220000_IntegrationEventNames")]
public sealed class IntegrationEventNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        OutboxTables.Rename(migrationBuilder, TestimoniesDbContext.SchemaName, new Dictionary<string, string>
        {
            ["Sirius.Testimonies.Contracts.FirstTestimonyPublished"] = "Sirius.Testimonies.Contracts.IntegrationEvents.FirstTestimonyPublished",
            ["Sirius.Testimonies.Contracts.VerbatimAlertRaised"] = "Sirius.Testimonies.Contracts.IntegrationEvents.VerbatimAlertRaised",
            ["Sirius.Testimonies.Contracts.VerbatimModerated"] = "Sirius.Testimonies.Contracts.IntegrationEvents.VerbatimModerated",
        }, new Dictionary<string, string[]>
        {
            ["Sirius.Testimonies.Application.Establishments.PublishEstablishment"] = ["Sirius.Testimonies.Application.IntegrationEvents.OnEstablishmentRegistered", "Sirius.Testimonies.Application.IntegrationEvents.OnEstablishmentUpdated"],
            ["Sirius.Testimonies.Application.Publication.PublishFormation"] = ["Sirius.Testimonies.Application.IntegrationEvents.OnFormationPublished"],
            ["Sirius.Testimonies.Application.Verbatims.ReceiveResponse"] = ["Sirius.Testimonies.Application.IntegrationEvents.OnResponseCompleted"],
            ["Sirius.Testimonies.Application.Verbatims.DiscardResponse"] = ["Sirius.Testimonies.Application.IntegrationEvents.OnResponseDiscarded"],
        });
}
