using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class ReplyStatusNames
{
    private static readonly Dictionary<string, ReplyStatus> ByName = new()
    {
        [ReplyStatuses.Pending] = ReplyStatus.Pending,
        [ReplyStatuses.Published] = ReplyStatus.Published,
        [ReplyStatuses.Rejected] = ReplyStatus.Rejected,
    };

    public static ReplyStatus? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var status) ? status : null;

    public static string Of(ReplyStatus status) => ByName.First(p => p.Value == status).Key;
}
