namespace Sirius.Establishments.Domain;

/// <summary>
/// A formation offered in apprenticeship by a formateur establishment at a place, under a gestionnaire,
/// as listed in the national catalogue. <see cref="Key"/> identifies it from one import to the next.
/// </summary>
public sealed class Formation
{
    private Formation()
    {
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public FormationFacts Facts { get; private set; } = null!;

    public DateTime UpdatedAtUtc { get; private set; }

    public static Formation Register(string key, FormationFacts facts, DateTime nowUtc) =>
        new() { Id = Guid.CreateVersion7(), Key = key, Facts = facts, UpdatedAtUtc = nowUtc };

    /// <summary>Applies the catalogue's facts; false when nothing changed.</summary>
    public bool Update(FormationFacts facts, DateTime nowUtc)
    {
        if (facts == Facts)
        {
            return false;
        }

        Facts = facts;
        UpdatedAtUtc = nowUtc;
        return true;
    }
}

/// <summary>What the catalogue says of a formation.</summary>
public sealed record FormationFacts(
    string Cfd,
    string? RncpCode,
    string? CertifInfoId,
    string Diploma,
    int Level,
    string Title,
    string Sector,
    int DurationMonths,
    string FormateurSiret,
    string GestionnaireSiret,
    FormationPlace Place)
{
    // For EF Core, which cannot bind a nested complex property through the constructor.
    private FormationFacts()
        : this("", null, null, "", 0, "", "", 0, "", "", null!)
    {
    }
}

/// <summary>Where a formation is given; the académie is the département's.</summary>
public sealed record FormationPlace(
    string CommuneCode,
    string PostalCode,
    string Commune,
    string DepartmentCode,
    string RegionCode,
    string AcademyCode,
    double Latitude,
    double Longitude);
