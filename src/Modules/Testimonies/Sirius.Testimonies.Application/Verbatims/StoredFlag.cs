using System.Text.Json;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Application.Verbatims;

/// <summary>A pre-moderation flag as stored beside the verbatim and shown to moderators.</summary>
/// <param name="Alert">For an alert, the name of its <see cref="AlertCategory"/>.</param>
internal sealed record StoredFlag(string Kind, string Severity, string Excerpt, string Reason, string? Alert = null)
{
    public static StoredFlag Of(ModerationFlag flag) => new(flag.Kind.ToString(), flag.Severity.ToString(), flag.Excerpt, flag.Reason, flag.Alert?.ToString());

    public static IReadOnlyList<StoredFlag> Read(string json) => JsonSerializer.Deserialize<List<StoredFlag>>(json) ?? [];
}
