namespace Sirius.Testimonies.Application.Discovery;

/// <summary>A public formation place as the nearby search knows it.</summary>
internal sealed record NearbyPlace(
    string FormationKey,
    string Cfd,
    string? RncpCode,
    string Title,
    string Diploma,
    int Level,
    string Commune,
    double Latitude,
    double Longitude,
    string Siret,
    string? Uai,
    string EstablishmentName,
    string EstablishmentCommune,
    int Responses,
    int Testimonies,
    double VerifiedShare,
    IReadOnlyList<string> TopThemes);
