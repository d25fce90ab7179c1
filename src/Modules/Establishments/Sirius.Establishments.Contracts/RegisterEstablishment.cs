using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>Adds an establishment to the reference data; answers its id, or a conflict if the SIRET is known.</summary>
public sealed record RegisterEstablishment(
    string Siret,
    string? Uai,
    string Name,
    string Street,
    string PostalCode,
    string Commune,
    string CommuneCode,
    string DepartmentCode,
    string RegionCode,
    string AcademyCode,
    string? GestionnaireSiret) : ICommand<Result<Guid>>, ISystemRequest;
