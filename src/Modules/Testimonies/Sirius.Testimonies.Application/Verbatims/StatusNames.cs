using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class StatusNames
{
    private static readonly Dictionary<string, VerbatimStatus> ByName = new()
    {
        [ModerationStatuses.Pending] = VerbatimStatus.Pending,
        [ModerationStatuses.Validated] = VerbatimStatus.Validated,
        [ModerationStatuses.ToFix] = VerbatimStatus.ToFix,
        [ModerationStatuses.Alert] = VerbatimStatus.Alert,
        [ModerationStatuses.Rejected] = VerbatimStatus.Rejected,
        [ModerationStatuses.Gem] = VerbatimStatus.Gem,
    };

    public static VerbatimStatus? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var status) ? status : null;

    public static string Of(VerbatimStatus status) => ByName.First(p => p.Value == status).Key;
}
