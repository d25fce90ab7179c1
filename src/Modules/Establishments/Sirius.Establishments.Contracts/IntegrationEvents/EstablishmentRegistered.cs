using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>A new establishment entered the reference data; its coordinates (WGS 84) when known.</summary>
public sealed record EstablishmentRegistered(
    Guid EventId,
    DateTime OccurredAtUtc,
    Guid EstablishmentId,
    string Siret,
    string? Uai,
    string Name,
    string Commune,
    string CommuneCode,
    string DepartmentCode,
    string RegionCode,
    string? GestionnaireSiret,
    double? Latitude,
    double? Longitude) : IIntegrationEvent;
