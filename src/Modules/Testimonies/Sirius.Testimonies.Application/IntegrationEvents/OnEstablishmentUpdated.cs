using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Testimonies.Application.Establishments;

namespace Sirius.Testimonies.Application.IntegrationEvents;

/// <summary>Keeps the local copy of the establishment that the public pages look up by SIRET or UAI, and place on the map.</summary>
internal sealed class OnEstablishmentUpdated(ITestimoniesDb db) : IIntegrationEventHandler<EstablishmentUpdated>
{
    public Task Handle(EstablishmentUpdated e, CancellationToken cancellationToken) =>
        db.UpsertAsync(e.Siret, e.Uai, e.Name, e.Commune, e.Latitude, e.Longitude, cancellationToken);
}
