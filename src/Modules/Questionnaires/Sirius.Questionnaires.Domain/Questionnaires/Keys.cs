using System.Text.RegularExpressions;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>The shapes of the stable keys and the JSON names of the enums.</summary>
internal static partial class Keys
{
    public const int MaxLength = 80;

    private static readonly (QuestionKind Kind, string Name)[] KindNames =
    [
        (QuestionKind.SingleChoice, "singleChoice"),
        (QuestionKind.MultipleChoice, "multipleChoice"),
        (QuestionKind.EmojiScale, "emojiScale"),
        (QuestionKind.ItemScale, "itemScale"),
        (QuestionKind.Ranking, "ranking"),
        (QuestionKind.Number, "number"),
        (QuestionKind.FreeText, "freeText"),
    ];

    private static readonly (FollowUpKind Kind, string Name)[] FollowUpKindNames =
    [
        (FollowUpKind.ShortText, "shortText"),
        (FollowUpKind.FreeText, "freeText"),
    ];

    public static string AllKindNames { get; } = string.Join(", ", KindNames.Select(k => k.Name));

    public static string AllFollowUpKindNames { get; } = string.Join(", ", FollowUpKindNames.Select(k => k.Name));

    /// <summary>A question key: a lowercase part, then one or more dotted parts (<c>cfa.accueil</c>, <c>rythme.jours_cfa</c>).</summary>
    public static bool IsQuestionKey(string key) => key.Length <= MaxLength && QuestionKeyPattern().IsMatch(key);

    /// <summary>A category key: lowercase letters, digits and underscores, starting with a letter (<c>cfa</c>).</summary>
    public static bool IsCategoryKey(string key) => key.Length <= MaxLength && CategoryKeyPattern().IsMatch(key);

    /// <summary>An option or item key: lowercase letters, digits and underscores (<c>autre</c>, <c>moins_de_10</c>).</summary>
    public static bool IsOptionKey(string key) => key.Length <= MaxLength && OptionKeyPattern().IsMatch(key);

    public static string Name(QuestionKind kind) => KindNames.First(k => k.Kind == kind).Name;

    public static string Name(FollowUpKind kind) => FollowUpKindNames.First(k => k.Kind == kind).Name;

    public static bool TryParseKind(string name, out QuestionKind kind) => TryFind(KindNames, name, out kind);

    public static bool TryParseFollowUpKind(string name, out FollowUpKind kind) => TryFind(FollowUpKindNames, name, out kind);

    private static bool TryFind<T>((T Kind, string Name)[] names, string name, out T kind)
        where T : struct, Enum
    {
        foreach (var (candidate, candidateName) in names)
        {
            if (candidateName == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(\\.[a-z0-9_]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionKeyPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryKeyPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionKeyPattern();
}
