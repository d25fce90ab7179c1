using System.Linq.Expressions;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Establishments;

internal static class Summaries
{
    public static readonly Expression<Func<Establishment, EstablishmentSummary>> Of = e =>
        new EstablishmentSummary(e.Id, e.Siret, e.Uai, e.Name, e.Address.Commune, e.Address.DepartmentCode, e.Address.RegionCode);
}
