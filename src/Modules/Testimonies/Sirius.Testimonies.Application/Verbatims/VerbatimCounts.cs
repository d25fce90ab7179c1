using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class VerbatimCounts
{
    /// <summary>Every moderation status in the back office's order, with zero where no verbatim is.</summary>
    public static IReadOnlyList<StatusCount> ByStatus(IEnumerable<(VerbatimStatus Status, int Count)> counts)
    {
        var byName = counts.GroupBy(c => StatusNames.Of(c.Status)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return ModerationStatuses.All.Select(s => new StatusCount(s.Value, s.Label, byName.GetValueOrDefault(s.Value))).ToList();
    }
}
