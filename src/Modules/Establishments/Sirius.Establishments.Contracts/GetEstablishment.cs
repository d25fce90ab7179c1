using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

public sealed record EstablishmentSummary(Guid Id, string Siret, string? Uai, string Name, string Commune, string DepartmentCode, string RegionCode);

public sealed record GetEstablishment(string Siret) : IQuery<EstablishmentSummary?>;
