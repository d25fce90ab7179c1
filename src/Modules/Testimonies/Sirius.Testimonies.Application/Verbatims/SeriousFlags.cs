using System.Text.Json;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

/// <summary>Alerts, threats and high-severity insults: they put a verbatim ahead in the queue and out of bulk publication.</summary>
internal static class SeriousFlags
{
    public static IReadOnlyList<string> Of(IEnumerable<StoredFlag> flags) =>
        flags.Where(f => f.Kind is nameof(FlagKind.Alert) or nameof(FlagKind.Threat) || (f.Kind == nameof(FlagKind.Insult) && f.Severity == nameof(FlagSeverity.High)))
            .Select(f => f.Kind).Distinct().ToList();

    public static IReadOnlyList<string> Of(Verbatim verbatim) => verbatim.IsSerious ? Of(StoredFlag.Read(verbatim.FlagsJson)) : [];

    public static VerbatimPriority Priority(IReadOnlyList<StoredFlag> flags)
    {
        var serious = Of(flags);
        return serious.Contains(nameof(FlagKind.Alert)) ? VerbatimPriority.Alert
            : serious.Count > 0 ? VerbatimPriority.Serious
            : VerbatimPriority.Ordinary;
    }

    public static string Labels(IEnumerable<string> kinds) => string.Join(", ", kinds.Select(k => $"« {FlagLabels.Label(k)} »"));
}
