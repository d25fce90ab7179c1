using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal static class ScopeParser
{
    public static Result<ObserverScope> Parse(string kind, string? codes, ReferenceNames names)
    {
        var values = (codes ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        ScopeKind? parsed = kind switch
        {
            ScopeKinds.National => ScopeKind.National,
            ScopeKinds.Region => ScopeKind.Region,
            ScopeKinds.Department => ScopeKind.Department,
            ScopeKinds.Sirets => ScopeKind.Sirets,
            ScopeKinds.Opco => ScopeKind.Opco,
            _ => null,
        };
        if (parsed is not { } scopeKind)
        {
            return new Error("scope.kind", "Type de périmètre inconnu.", ErrorKind.Invalid, "kind");
        }

        if (scopeKind == ScopeKind.National)
        {
            return ObserverScope.National;
        }

        if (values.Length == 0)
        {
            return new Error("scope.codes", "Indiquez au moins un code pour ce périmètre.", ErrorKind.Invalid, "codes");
        }

        values = values.Select(v => v.ToUpperInvariant()).Distinct().ToArray();
        var invalid = scopeKind switch
        {
            ScopeKind.Region => values.FirstOrDefault(v => !names.Regions.ContainsKey(v)),
            ScopeKind.Department => values.FirstOrDefault(v => !names.Departments.ContainsKey(v)),
            ScopeKind.Sirets => values.FirstOrDefault(v => !Siret.IsValid(v)),
            _ => values.FirstOrDefault(v => !v.StartsWith("RNCP", StringComparison.Ordinal)),
        };
        return invalid is null
            ? new ObserverScope(scopeKind, values)
            : new Error("scope.codes", scopeKind switch
            {
                ScopeKind.Region => $"« {invalid} » n’est pas le code INSEE d’une région (par exemple 84 pour Auvergne-Rhône-Alpes).",
                ScopeKind.Department => $"« {invalid} » n’est pas le code INSEE d’un département (par exemple 69 pour le Rhône, 2A pour la Corse-du-Sud).",
                _ => $"Code invalide pour ce périmètre : « {invalid} ».",
            }, ErrorKind.Invalid, "codes");
    }

    public static string KindName(ScopeKind kind) => kind switch
    {
        ScopeKind.National => ScopeKinds.National,
        ScopeKind.Region => ScopeKinds.Region,
        ScopeKind.Department => ScopeKinds.Department,
        ScopeKind.Sirets => ScopeKinds.Sirets,
        _ => ScopeKinds.Opco,
    };
}
