using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Establishments;

/// <summary>Keeps the local copy of an establishment that the public pages look up by SIRET or UAI, and place on the map.</summary>
internal static class LocalEstablishments
{
    public static async Task UpsertAsync(this ITestimoniesDb db, string siret, string? uai, string name, string commune, double? latitude, double? longitude, CancellationToken cancellationToken)
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
