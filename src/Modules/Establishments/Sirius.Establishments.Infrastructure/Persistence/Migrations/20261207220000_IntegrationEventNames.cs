using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sirius.BuildingBlocks.Infrastructure.Messaging;

namespace Sirius.Establishments.Infrastructure.Persistence.Migrations;

/// <summary>
/// The events moved to Contracts.IntegrationEvents and their handlers became On&lt;Event&gt; (issue #27): the names the
/// outbox and the inbox stored for them before are renamed.
/// </summary>
[DbContext(typeof(EstablishmentsDbContext))]
[Migration("20261207220000_IntegrationEventNames")]
public sealed class IntegrationEventNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        OutboxTables.Rename(migrationBuilder, EstablishmentsDbContext.SchemaName, new Dictionary<string, string>
        {
            ["Sirius.Establishments.Contracts.Accounts.AccountActivated"] = "Sirius.Establishments.Contracts.IntegrationEvents.AccountActivated",
            ["Sirius.Establishments.Contracts.Accounts.AccountAwaitingActivation"] = "Sirius.Establishments.Contracts.IntegrationEvents.AccountAwaitingActivation",
            ["Sirius.Establishments.Contracts.Accounts.AccountRegistered"] = "Sirius.Establishments.Contracts.IntegrationEvents.AccountRegistered",
            ["Sirius.Establishments.Contracts.Accounts.ActivationRequestNoticeDue"] = "Sirius.Establishments.Contracts.IntegrationEvents.ActivationRequestNoticeDue",
            ["Sirius.Establishments.Contracts.Accounts.CampaignReminderDue"] = "Sirius.Establishments.Contracts.IntegrationEvents.CampaignReminderDue",
            ["Sirius.Establishments.Contracts.Accounts.FirstTestimoniesNoticeDue"] = "Sirius.Establishments.Contracts.IntegrationEvents.FirstTestimoniesNoticeDue",
            ["Sirius.Establishments.Contracts.Accounts.ModerationAlertNoticeDue"] = "Sirius.Establishments.Contracts.IntegrationEvents.ModerationAlertNoticeDue",
            ["Sirius.Establishments.Contracts.Accounts.ObserverInvited"] = "Sirius.Establishments.Contracts.IntegrationEvents.ObserverInvited",
            ["Sirius.Establishments.Contracts.Accounts.PasswordResetRequested"] = "Sirius.Establishments.Contracts.IntegrationEvents.PasswordResetRequested",
            ["Sirius.Establishments.Contracts.Accounts.SignUpAttemptedForExistingAccount"] = "Sirius.Establishments.Contracts.IntegrationEvents.SignUpAttemptedForExistingAccount",
            ["Sirius.Establishments.Contracts.EstablishmentRegistered"] = "Sirius.Establishments.Contracts.IntegrationEvents.EstablishmentRegistered",
            ["Sirius.Establishments.Contracts.EstablishmentUpdated"] = "Sirius.Establishments.Contracts.IntegrationEvents.EstablishmentUpdated",
            ["Sirius.Establishments.Contracts.FormationPublished"] = "Sirius.Establishments.Contracts.IntegrationEvents.FormationPublished",
        }, new Dictionary<string, string[]>
        {
            ["Sirius.Establishments.Application.Accounts.AccountEmails"] = ["Sirius.Establishments.Application.IntegrationEvents.OnAccountRegistered", "Sirius.Establishments.Application.IntegrationEvents.OnAccountActivated", "Sirius.Establishments.Application.IntegrationEvents.OnPasswordResetRequested", "Sirius.Establishments.Application.IntegrationEvents.OnObserverInvited", "Sirius.Establishments.Application.IntegrationEvents.OnSignUpAttemptedForExistingAccount", "Sirius.Establishments.Application.IntegrationEvents.OnCampaignReminderDue", "Sirius.Establishments.Application.IntegrationEvents.OnFirstTestimoniesNoticeDue", "Sirius.Establishments.Application.IntegrationEvents.OnModerationAlertNoticeDue", "Sirius.Establishments.Application.IntegrationEvents.OnActivationRequestNoticeDue"],
            ["Sirius.Establishments.Application.Notifications.RecordCampaignsCreated"] = ["Sirius.Establishments.Application.IntegrationEvents.OnCampaignsCreated"],
            ["Sirius.Establishments.Application.Notifications.NoticeFirstTestimonies"] = ["Sirius.Establishments.Application.IntegrationEvents.OnFirstTestimonyPublished"],
            ["Sirius.Establishments.Application.Notifications.NoticeModerationAlert"] = ["Sirius.Establishments.Application.IntegrationEvents.OnVerbatimAlertRaised"],
            ["Sirius.Establishments.Application.Notifications.NoticeAccountAwaitingActivation"] = ["Sirius.Establishments.Application.IntegrationEvents.OnAccountAwaitingActivation"],
        });
}
