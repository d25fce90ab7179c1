namespace Sirius.Testimonies.Domain;

/// <summary>
/// An establishment as the public widget and API look it up (by SIRET or UAI), fed by the
/// Establishments module's events.
/// </summary>
public sealed class PublicEstablishment
{
    private PublicEstablishment()
    {
    }

    public string Siret { get; private set; } = "";

    public string? Uai { get; private set; }

    public string Name { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public static PublicEstablishment Create(string siret) => new() { Siret = siret };

    public void Update(string? uai, string name, string commune, double? latitude, double? longitude)
    {
        Uai = uai;
        Name = name;
        Commune = commune;
        Latitude = latitude;
        Longitude = longitude;
    }
}
