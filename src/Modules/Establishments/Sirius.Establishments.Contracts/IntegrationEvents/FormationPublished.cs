using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>
/// A formation of the catalogue, new or changed: what other modules keep of it. <see cref="Key"/> (CFD,
/// formateur SIRET and place) identifies it across imports.
/// </summary>
public sealed record FormationPublished(
    Guid EventId,
    DateTime OccurredAtUtc,
    Guid FormationId,
    string Key,
    string Cfd,
    string? RncpCode,
    string? CertifInfoId,
    string Diploma,
    int Level,
    string Title,
    string FormateurSiret,
    string GestionnaireSiret,
    string CommuneCode,
    string Commune,
    string DepartmentCode,
    string RegionCode,
    double Latitude,
    double Longitude,
    string? AcademyCode = null) : IIntegrationEvent;
