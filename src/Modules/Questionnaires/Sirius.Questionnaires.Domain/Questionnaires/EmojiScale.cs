namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>A rating on the three-level emoji scale used by emoji-scale and item-scale questions.</summary>
public enum ScaleValue
{
    Bad,
    Average,
    Good,
}

/// <summary>One level of the scale: its stable key (what forms post and storage keeps), emoji and French label.</summary>
public sealed record ScaleLevel(ScaleValue Value, string Key, string Emoji, string Label);

/// <summary>The bad / average / good scale: keys <c>mauvais</c>, <c>moyen</c>, <c>bien</c>; emoji 😞 😐 😀.</summary>
public static class EmojiScale
{
    public static IReadOnlyList<ScaleLevel> Levels { get; } =
    [
        new(ScaleValue.Bad, "mauvais", "😞", "Pas bien"),
        new(ScaleValue.Average, "moyen", "😐", "Moyen"),
        new(ScaleValue.Good, "bien", "😀", "Bien"),
    ];

    public static ScaleLevel Of(ScaleValue value) => Levels[(int)value];

    /// <summary>Reads a level from its key (<c>mauvais</c>, <c>moyen</c>, <c>bien</c>), ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? key, out ScaleValue value)
    {
        foreach (var level in Levels)
        {
            if (string.Equals(level.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = level.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
