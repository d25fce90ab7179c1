using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

internal static class Lexicon
{
    /// <summary>Folded words (lowercase, no accents) from a whitespace-separated list, read-only.</summary>
    public static FrozenSet<string> Words(string list, params ReadOnlySpan<FrozenSet<string>> alsoInclude)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            words.Add(Folding.FoldWord(word));
        foreach (var other in alsoInclude)
            words.UnionWith(other);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Word keys (folded, repeated letters collapsed) from a whitespace-separated list, read-only.</summary>
    public static FrozenSet<string> Keys(string list)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            keys.Add(Folding.Key(word));
        return keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Phrases from a list with one phrase per line ("emploi du temps", "horaire*").</summary>
    public static IEnumerable<string> Lines(string list) =>
        list.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
