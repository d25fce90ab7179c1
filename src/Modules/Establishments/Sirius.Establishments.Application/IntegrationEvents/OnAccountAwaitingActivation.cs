using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

/// <summary>
/// Every active administrator is told once of each account that waits for activation: the event is published once, when
/// the address is confirmed, and the inbox keeps a second delivery from deciding again.
/// </summary>
internal sealed class OnAccountAwaitingActivation(IEstablishmentsDb db, TimeProvider clock) : IIntegrationEventHandler<AccountAwaitingActivation>
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
