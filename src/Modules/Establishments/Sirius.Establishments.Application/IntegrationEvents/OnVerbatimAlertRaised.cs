using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Testimonies.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

/// <summary>
/// Every active administrator is told of each moderation alert: one e-mail event per administrator, decided once per
/// alert (the inbox keeps a second delivery of the alert from deciding again), each sent and retried on its own.
/// </summary>
internal sealed class OnVerbatimAlertRaised(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<VerbatimAlertRaised>
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
