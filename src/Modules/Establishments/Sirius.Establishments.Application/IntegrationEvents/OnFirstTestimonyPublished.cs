using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Notifications;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Testimonies.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

/// <summary>Every active CFA account attached to the establishment (or to its gestionnaire) is told, once.</summary>
internal sealed class OnFirstTestimonyPublished(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<FirstTestimonyPublished>
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
