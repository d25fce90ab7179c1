using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class ThemeLabels
{
    public static IReadOnlyList<string> Of(IEnumerable<string> themeNames) =>
        themeNames.Select(n => Enum.TryParse<ModerationTheme>(n, out var theme) ? ModerationThemes.Label(theme) : n).ToList();
}
