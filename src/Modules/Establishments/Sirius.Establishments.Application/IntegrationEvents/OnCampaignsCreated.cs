using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

/// <summary>Records that an account, and the establishments its campaigns are for, have campaigns: they are not reminded.</summary>
internal sealed class OnCampaignsCreated(IEstablishmentsDb db) : IIntegrationEventHandler<CampaignsCreated>
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
