using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

/// <summary>
/// Formations with published testimonies near a point (<see cref="Latitude"/> and <see cref="Longitude"/>, or the
/// centre of the commune <see cref="CommuneCode"/>), nearest first. Only formation places at or above the anonymity
/// threshold that have at least one published testimony are listed. Coordinates are rounded to the thousandth of a
/// degree (about 100 m) before searching, so that neighbouring queries share a cached answer.
/// </summary>
public sealed record FindNearbyFormations(
    double? Latitude,
    double? Longitude,
    string? CommuneCode,
    double RadiusKm = NearbyLimits.DefaultRadiusKm,
    int? Level = null,
    string? Cfd = null,
    int Page = 1,
    int Size = NearbyLimits.DefaultPageSize) : IQuery<Result<NearbyFormations>>, IPublicRequest;

public static class NearbyLimits
{
    public const double DefaultRadiusKm = 30;
    public const double MaxRadiusKm = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;
    public const int MaxPage = 500;
}

/// <param name="Version">The read-model version the answer was computed from.</param>
/// <param name="AnonymityThreshold">The fewest responses a listed formation place has.</param>
public sealed record NearbyFormations(
    NearbyOrigin Origin,
    double RadiusKm,
    int? Level,
    string? Cfd,
    IReadOnlyList<NearbyFormation> Items,
    int Total,
    int Page,
    int Size,
    long Version,
    int AnonymityThreshold);

/// <summary>The point searched from (rounded), and the commune when the search was by commune.</summary>
public sealed record NearbyOrigin(double Latitude, double Longitude, string? CommuneCode, string? Commune);

/// <summary>A formation at one place, given by one establishment.</summary>
/// <param name="DistanceKm">Great-circle distance from the origin, in kilometres, rounded to 10 m.</param>
/// <param name="Responses">Completed responses (never below the anonymity threshold here).</param>
/// <param name="Testimonies">Published testimonies.</param>
/// <param name="VerifiedShare">Share of responses from verified apprentices, 0 to 1, three decimals (responses given through a personal invitation).</param>
/// <param name="TopThemes">Up to three themes most present in the published testimonies.</param>
/// <param name="WidgetPath">The widget page of this formation at this establishment.</param>
public sealed record NearbyFormation(
    string Cfd,
    string? RncpCode,
    string Title,
    string Diploma,
    int Level,
    double DistanceKm,
    string Commune,
    double Latitude,
    double Longitude,
    NearbyEstablishment Establishment,
    int Responses,
    int Testimonies,
    double VerifiedShare,
    IReadOnlyList<string> TopThemes,
    string WidgetPath);

public sealed record NearbyEstablishment(string Siret, string? Uai, string Name, string Commune);
