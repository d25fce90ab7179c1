namespace Sirius.Architecture.Tests;

/// <summary>
/// Which project may reference which: a module's layers reference their own inner layers, the building
/// blocks and other modules' Contracts only; the host references modules' Infrastructure and Contracts.
/// </summary>
internal static class ProjectReferenceRule
{
    public static IReadOnlyList<string> Violations(IEnumerable<(string From, string To)> references) =>
        references.Where(r => !IsAllowed(r.From, r.To)).Select(r => $"{r.From} -> {r.To}").ToList();

    private static bool IsAllowed(string from, string to)
    {
        if (from == "Sirius.BuildingBlocks")
        {
            return false;
        }

        if (from == "Sirius.BuildingBlocks.Infrastructure")
        {
            return to == "Sirius.BuildingBlocks";
        }

        if (from == "Sirius.Host")
        {
            return to.StartsWith("Sirius.BuildingBlocks", StringComparison.Ordinal)
                || Architecture.Modules.Any(m => to == $"Sirius.{m}.Infrastructure" || to == $"Sirius.{m}.Contracts");
        }

        var (module, layer) = Split(from);
        var (targetModule, targetLayer) = Split(to);
        if (module is null)
        {
            return false;
        }

        if (targetModule is null)
        {
            return to == "Sirius.BuildingBlocks" || (to == "Sirius.BuildingBlocks.Infrastructure" && layer == "Infrastructure");
        }

        if (targetModule != module)
        {
            return targetLayer == "Contracts" && layer is "Application" or "Infrastructure";
        }

        return (layer, targetLayer) switch
        {
            ("Application", "Domain" or "Contracts") => true,
            ("Infrastructure", "Application" or "Domain" or "Contracts") => true,
            _ => false,
        };
    }

    private static (string? Module, string? Layer) Split(string project)
    {
        var parts = project.Split('.');
        return parts.Length == 3 && Architecture.Modules.Contains(parts[1]) && Architecture.Layers.Contains(parts[2])
            ? (parts[1], parts[2])
            : (null, null);
    }
}
