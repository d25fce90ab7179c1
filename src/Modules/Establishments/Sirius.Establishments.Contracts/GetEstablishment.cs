using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

public sealed record EstablishmentSummary(Guid Id, string Siret, string? Uai, string Name, string Commune, string DepartmentCode, string RegionCode);

public sealed record GetEstablishment(string Siret) : IQuery<EstablishmentSummary?>, IPublicRequest;

/// <summary>For administrators: every establishment of the reference data, by SIRET.</summary>
public sealed record ListEstablishments(Guid ActorId) : IQuery<IReadOnlyList<EstablishmentSummary>>, IAdministratorRequest;
