using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>Establishments and the formations they offer, as generated or as read back from a catalogue file.</summary>
public sealed record ReferenceCatalogue(IReadOnlyList<ReferenceEstablishment> Establishments, IReadOnlyList<ReferenceFormation> Formations);

/// <summary>
/// A CFA site. <see cref="GestionnaireSiret"/> is the establishment that manages it, or null when it manages itself
/// (a gestionnaire is never managed by another).
/// </summary>
public sealed record ReferenceEstablishment(
    string Siret,
    string? Uai,
    string Name,
    EstablishmentAddress Address,
    decimal Latitude,
    decimal Longitude,
    string? GestionnaireSiret);

/// <summary>Where a formation is given: a commune and a point, usually the formateur's own site.</summary>
public sealed record FormationPlace(
    string CommuneCode,
    string PostalCode,
    string Commune,
    string DepartmentCode,
    string RegionCode,
    decimal Latitude,
    decimal Longitude);

/// <summary>
/// A formation offered in apprenticeship by a formateur establishment, under the responsibility of a gestionnaire
/// (the formateur itself when it manages itself). <see cref="Key"/> is CFD, formateur SIRET and place commune.
/// </summary>
public sealed record ReferenceFormation(
    string Key,
    string Cfd,
    string RncpCode,
    string CertifInfoId,
    DiplomaType DiplomaType,
    int Level,
    string Title,
    Sector Sector,
    int DurationMonths,
    FormationPlace Place,
    string FormateurSiret,
    string GestionnaireSiret)
{
    public static string KeyOf(string cfd, string formateurSiret, string communeCode) => $"{cfd}-{formateurSiret}-{communeCode}";
}
