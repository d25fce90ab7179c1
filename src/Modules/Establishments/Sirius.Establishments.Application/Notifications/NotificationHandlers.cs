using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Establishments.Application.Notifications;

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
