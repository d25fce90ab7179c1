using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Establishments;

/// <summary>Keeps the local copy of an establishment that the public pages look up by SIRET or UAI, and place on the map.</summary>
internal sealed class PublishEstablishment(ITestimoniesDb db) :
    IIntegrationEventHandler<EstablishmentRegistered>,
    IIntegrationEventHandler<EstablishmentUpdated>
{
    public Task Handle(EstablishmentRegistered e, CancellationToken cancellationToken) =>
        UpsertAsync(e.Siret, e.Uai, e.Name, e.Commune, e.Latitude, e.Longitude, cancellationToken);

    public Task Handle(EstablishmentUpdated e, CancellationToken cancellationToken) =>
        UpsertAsync(e.Siret, e.Uai, e.Name, e.Commune, e.Latitude, e.Longitude, cancellationToken);

    private async Task UpsertAsync(string siret, string? uai, string name, string commune, double? latitude, double? longitude, CancellationToken cancellationToken)
    {
        var establishment = await db.Establishments.FindAsync([siret], cancellationToken);
        if (establishment is null)
        {
            establishment = PublicEstablishment.Create(siret);
            db.Establishments.Add(establishment);
        }

        establishment.Update(uai, name, commune, latitude, longitude);
    }
}
