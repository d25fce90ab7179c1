namespace Sirius.Testimonies.Domain.Moderation;

internal readonly record struct PhraseMatch<T>(T Value, int First, int Last);

/// <summary>
/// Finds lexicon phrases in a sequence of word keys. A phrase is words separated by spaces; each word
/// may list alternatives with "|", end with "*" to match any word starting with it, and "~" stands
/// for up to three words of any kind ("bosse* ~ tard" finds "bosser très tard").
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private const int MaxGap = 3;

    private readonly Dictionary<string, List<Phrase>> byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private readonly int shortestStem = int.MaxValue;
    private readonly int longestStem;

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> entries)
    {
        foreach (var (pattern, value) in entries)
        {
            var elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(Element.Parse)
                .ToArray();
            if (elements.Length == 0 || elements[0].IsGap)
                throw new ArgumentException($"Invalid lexicon phrase '{pattern}'.", nameof(entries));

            var phrase = new Phrase(elements, value);
            foreach (var alternative in elements[0].Alternatives)
            {
                var index = alternative.IsStem ? byStem : byWord;
                if (!index.TryGetValue(alternative.Key, out var list))
                    index[alternative.Key] = list = [];
                list.Add(phrase);
                if (alternative.IsStem)
                {
                    shortestStem = Math.Min(shortestStem, alternative.Key.Length);
                    longestStem = Math.Max(longestStem, alternative.Key.Length);
                }
            }
        }

        stemLookup = byStem.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds every match to <paramref name="matches"/>; words marked in <paramref name="skip"/> never match.</summary>
    public void FindAll(string[] keys, bool[]? skip, List<PhraseMatch<T>> matches)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (skip?[i] == true)
                continue;

            var key = keys[i];
            if (byWord.TryGetValue(key, out var phrases))
                TryAll(phrases, keys, skip, i, matches);

            var longest = Math.Min(longestStem, key.Length);
            for (var length = shortestStem; length <= longest; length++)
            {
                if (stemLookup.TryGetValue(key.AsSpan(0, length), out phrases))
                    TryAll(phrases, keys, skip, i, matches);
            }
        }
    }

    /// <summary>Matches of a single word only, for callers that look at one word at a time.</summary>
    public bool TryMatchWord(string key, out T value)
    {
        if (byWord.TryGetValue(key, out var phrases) && FirstSingle(phrases, out value))
            return true;

        var longest = Math.Min(longestStem, key.Length);
        for (var length = shortestStem; length <= longest; length++)
        {
            if (stemLookup.TryGetValue(key.AsSpan(0, length), out phrases) && FirstSingle(phrases, out value))
                return true;
        }

        value = default!;
        return false;
    }

    private static bool FirstSingle(List<Phrase> phrases, out T value)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Elements.Length == 1)
            {
                value = phrase.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    private static void TryAll(List<Phrase> phrases, string[] keys, bool[]? skip, int first, List<PhraseMatch<T>> matches)
    {
        foreach (var phrase in phrases)
        {
            var last = MatchFrom(phrase.Elements, 1, keys, skip, first + 1);
            if (last >= 0)
                matches.Add(new PhraseMatch<T>(phrase.Value, first, last - 1));
        }
    }

    // Returns the index just past the match, or -1.
    private static int MatchFrom(Element[] elements, int element, string[] keys, bool[]? skip, int position)
    {
        if (element == elements.Length)
            return position;

        if (elements[element].IsGap)
        {
            for (var gap = 0; gap <= MaxGap && position + gap <= keys.Length; gap++)
            {
                var end = MatchFrom(elements, element + 1, keys, skip, position + gap);
                if (end >= 0)
                    return end;
            }

            return -1;
        }

        if (position >= keys.Length || skip?[position] == true || !elements[element].Matches(keys[position]))
            return -1;

        return MatchFrom(elements, element + 1, keys, skip, position + 1);
    }

    private sealed record Phrase(Element[] Elements, T Value);

    private readonly record struct Alternative(string Key, bool IsStem);

    private sealed record Element(Alternative[] Alternatives)
    {
        public bool IsGap => Alternatives.Length == 0;

        public static Element Parse(string word) =>
            word == "~"
                ? new Element([])
                : new Element([.. word.Split('|').Select(a => a.EndsWith('*')
                    ? new Alternative(Folding.Key(a.AsSpan(0, a.Length - 1)), true)
                    : new Alternative(Folding.Key(a), false))]);

        public bool Matches(string key)
        {
            foreach (var alternative in Alternatives)
            {
                if (alternative.IsStem ? key.StartsWith(alternative.Key, StringComparison.Ordinal) : key == alternative.Key)
                    return true;
            }

            return false;
        }
    }
}
