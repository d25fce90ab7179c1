using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>An establishment of the reference data changed (name, address, UAI, gestionnaire, coordinates).</summary>
public sealed record EstablishmentUpdated(
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
