using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Host.Web;

/// <summary>An observer's scope as a person reads it: territories by name, not by code.</summary>
public static class ScopeLabel
{
    public static string Of(string? kind, IReadOnlyList<string> codes, ReferenceNames names) => kind switch
    {
        null => "Aucun",
        ScopeKinds.National => "National",
        ScopeKinds.Region => (codes.Count > 1 ? "Régions " : "Région ") + string.Join(", ", codes.Select(names.Region)),
        ScopeKinds.Department => (codes.Count > 1 ? "Départements " : "Département ") + string.Join(", ", codes.Select(names.Department)),
        ScopeKinds.Sirets => $"{codes.Count} établissement(s)",
        _ => "OPCO (certifications RNCP " + string.Join(", ", codes) + ")",
    };
}
