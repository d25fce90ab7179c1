using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Contracts;

namespace Sirius.Establishments.Application.Notifications;

/// <summary>Bound from <c>Notifications</c>: when the notification job runs, and how long after activation a CFA is reminded.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Quartz cron expression; every day at 9 a.m. by default.</summary>
    public string Schedule { get; set; } = "0 0 9 * * ?";

    public int CampaignReminderAfterDays { get; set; } = 7;
}

/// <summary>Records that an account, and the establishments its campaigns are for, have campaigns: they are not reminded.</summary>
internal sealed class RecordCampaignsCreated(IEstablishmentsDb db) : IIntegrationEventHandler<CampaignsCreated>
{
    public async Task Handle(CampaignsCreated integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Accounts.FirstOrDefaultAsync(a => a.Id == integrationEvent.CreatedBy, cancellationToken) is { } account)
        {
            account.RecordCampaignCreated(integrationEvent.OccurredAtUtc);
        }

        foreach (var establishment in await db.Establishments.Where(e => integrationEvent.Sirets.Contains(e.Siret)).ToListAsync(cancellationToken))
        {
            establishment.RecordCampaignCreated(integrationEvent.OccurredAtUtc);
        }
    }
}

/// <summary>
/// Decides the reminders due, one account per command: each marker commits with its event, so a cancelled or failed
/// run keeps what it decided and the next run goes on from there.
/// </summary>
internal sealed class SendCampaignRemindersHandler(
    IEstablishmentsDb db, IMediator mediator, NotificationOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<SendCampaignReminders, int>
{
    public async Task<int> Handle(SendCampaignReminders command, CancellationToken cancellationToken)
    {
        var activatedBefore = clock.GetUtcNow().UtcDateTime.AddDays(-options.CampaignReminderAfterDays);
        var withCampaigns = db.Establishments.Where(e => e.FirstCampaignAtUtc != null);
        var due = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Establishment && a.Status == AccountStatus.Active
                && a.ActivatedAtUtc <= activatedBefore && a.FirstCampaignAtUtc == null)
            .Where(a => !db.AccountNotifications.Any(n => n.AccountId == a.Id && n.Kind == NotificationKinds.CampaignReminder))
            .Where(a => !a.Establishments.Any(s => withCampaigns.Any(e => e.Siret == s.Siret || e.GestionnaireSiret == s.Siret)))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        progress.SetTotal(due.Count);
        var decided = 0;
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await mediator.Send(new RemindToCreateCampaign(due[i]), cancellationToken))
            {
                decided++;
            }

            progress.Report(i + 1);
        }

        return decided;
    }
}

internal sealed record RemindToCreateCampaign(Guid AccountId) : ICommand<bool>, ISystemRequest;

internal sealed class RemindToCreateCampaignHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<RemindToCreateCampaign, bool>
{
    public async Task<bool> Handle(RemindToCreateCampaign command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await Notify.DecideAsync(db, command.AccountId, NotificationKinds.CampaignReminder, now, cancellationToken))
        {
            return false;
        }

        db.Publish(new CampaignReminderDue(Guid.CreateVersion7(), now, command.AccountId));
        return true;
    }
}

/// <summary>Every active CFA account attached to the establishment (or to its gestionnaire) is told, once.</summary>
internal sealed class NoticeFirstTestimonies(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<FirstTestimonyPublished>
{
    public async Task Handle(FirstTestimonyPublished integrationEvent, CancellationToken cancellationToken)
    {
        var gestionnaire = await db.Establishments.Where(e => e.Siret == integrationEvent.Siret).Select(e => e.GestionnaireSiret).FirstOrDefaultAsync(cancellationToken);
        var sirets = gestionnaire is null ? [integrationEvent.Siret] : new[] { integrationEvent.Siret, gestionnaire };
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Establishment && a.Status == AccountStatus.Active && a.Establishments.Any(s => sirets.Contains(s.Siret)))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var account in accounts)
        {
            if (await Notify.DecideAsync(db, account, NotificationKinds.FirstTestimonies, now, cancellationToken))
            {
                db.Publish(new FirstTestimoniesNoticeDue(
                    Guid.CreateVersion7(), now, account, integrationEvent.EstablishmentName, integrationEvent.QuestionLabel, integrationEvent.Text));
            }
        }
    }
}

/// <summary>
/// Every active administrator is told of each moderation alert: one e-mail event per administrator, decided once per
/// alert (the inbox keeps a second delivery of the alert from deciding again), each sent and retried on its own.
/// </summary>
internal sealed class NoticeModerationAlert(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<VerbatimAlertRaised>
{
    public async Task Handle(VerbatimAlertRaised integrationEvent, CancellationToken cancellationToken)
    {
        var administrators = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Administrator && a.Status == AccountStatus.Active)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var administrator in administrators)
        {
            db.Publish(new ModerationAlertNoticeDue(Guid.CreateVersion7(), now, administrator, integrationEvent.VerbatimId, integrationEvent.Categories));
        }
    }
}

/// <summary>
/// Every active administrator is told once of each account that waits for activation: the event is published once, when
/// the address is confirmed, and the inbox keeps a second delivery from deciding again.
/// </summary>
internal sealed class NoticeAccountAwaitingActivation(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<AccountAwaitingActivation>
{
    public async Task Handle(AccountAwaitingActivation integrationEvent, CancellationToken cancellationToken)
    {
        var administrators = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Administrator && a.Status == AccountStatus.Active)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var administrator in administrators)
        {
            db.Publish(new ActivationRequestNoticeDue(Guid.CreateVersion7(), now, administrator, integrationEvent.AccountId));
        }
    }
}

internal static class Notify
{
    /// <summary>Adds the once-only marker unless the account already has one of this kind (the unique key guards races).</summary>
    public static async Task<bool> DecideAsync(IEstablishmentsDb db, Guid accountId, string kind, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.AccountNotifications.AnyAsync(n => n.AccountId == accountId && n.Kind == kind, cancellationToken))
        {
            return false;
        }

        db.AccountNotifications.Add(AccountNotification.Decide(accountId, kind, now));
        return true;
    }
}
