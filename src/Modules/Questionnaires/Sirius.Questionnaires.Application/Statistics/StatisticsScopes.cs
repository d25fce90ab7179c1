using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>The campaigns' statistics rows a scope covers (deleted campaigns never count).</summary>
internal static class StatisticsScopes
{
    public static IQueryable<CampaignStatistics> Within(this IQueryable<CampaignStatistics> rows, StatisticsScope scope)
    {
        rows = rows.Where(c => !c.Deleted);
        var codes = scope.Codes;
        return scope.Kind switch
        {
            ScopeKinds.National => rows,
            ScopeKinds.Region => rows.Where(c => codes.Contains(c.RegionCode)),
            ScopeKinds.Department => rows.Where(c => codes.Contains(c.DepartmentCode)),
            ScopeKinds.Sirets => rows.Where(c => codes.Contains(c.Siret)),
            ScopeKinds.Opco => rows.Where(c => codes.Contains(c.RncpCode)),
            _ => rows.Where(c => false),
        };
    }
}
