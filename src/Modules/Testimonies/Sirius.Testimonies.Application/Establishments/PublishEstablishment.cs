using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Establishments;

internal sealed class PublishEstablishment(ITestimoniesDb db) : IIntegrationEventHandler<EstablishmentRegistered>
{
    public async Task Handle(EstablishmentRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Establishments.AnyAsync(e => e.Siret == integrationEvent.Siret, cancellationToken))
        {
            return;
        }

        db.Establishments.Add(PublicEstablishment.Create(
            integrationEvent.Siret, integrationEvent.Uai, integrationEvent.Name, integrationEvent.Commune));
    }
}
