namespace Sirius.Establishments.Domain;

/// <summary>A CFA site known by its SIRET, as found in the national catalogue.</summary>
public sealed class Establishment
{
    public const int NameMaxLength = 250;

    private Establishment()
    {
    }

    public Guid Id { get; private set; }

    public string Siret { get; private set; } = "";

    public string? Uai { get; private set; }

    public string Name { get; private set; } = "";

    public EstablishmentAddress Address { get; private set; } = null!;

    /// <summary>The SIRET of the gestionnaire establishment that manages this one, if any.</summary>
    public string? GestionnaireSiret { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>When the first campaign of one of its formations was created (by anyone acting for it).</summary>
    public DateTime? FirstCampaignAtUtc { get; private set; }

    public static Establishment Register(
        Siret siret, Uai? uai, string name, EstablishmentAddress address, Siret? gestionnaire, DateTime nowUtc, double? latitude = null, double? longitude = null) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            Siret = siret.Value,
            Uai = uai?.Value,
            Name = name.Trim(),
            Address = address,
            GestionnaireSiret = gestionnaire?.Value,
            RegisteredAtUtc = nowUtc,
            Latitude = latitude,
            Longitude = longitude,
        };

    public void RecordCampaignCreated(DateTime nowUtc) => FirstCampaignAtUtc ??= nowUtc;

    /// <summary>Applies the catalogue's facts; false when nothing changed.</summary>
    public bool Update(Uai? uai, string name, EstablishmentAddress address, Siret? gestionnaire, double? latitude, double? longitude)
    {
        var changed = Uai != uai?.Value || Name != name.Trim() || Address != address || GestionnaireSiret != gestionnaire?.Value
                      || Latitude != latitude || Longitude != longitude;
        Uai = uai?.Value;
        Name = name.Trim();
        Address = address;
        GestionnaireSiret = gestionnaire?.Value;
        Latitude = latitude;
        Longitude = longitude;
        return changed;
    }
}

/// <summary>Where an establishment is, down to the codes used for statistics (INSEE commune, département, région, académie).</summary>
public sealed record EstablishmentAddress(
    string Street,
    string PostalCode,
    string Commune,
    string CommuneCode,
    string DepartmentCode,
    string RegionCode,
    string AcademyCode);
