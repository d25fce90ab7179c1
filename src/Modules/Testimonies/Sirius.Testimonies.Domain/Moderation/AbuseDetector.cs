using System.Text.RegularExpressions;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Insults, slurs, threats and vulgar words, written plainly or disguised: repeated letters ("connnnard"),
/// missing accents, leet speak ("c0nnard"), letters apart ("c.o.n.n.a.r.d"), SMS forms ("fdp", "ntm", "tg"),
/// "k" for "c" ("konnard", "kasse toi"), asterisks for letters ("c*nnard", "p*tain", "f**k").
/// </summary>
internal static partial class AbuseDetector
{
    private static readonly PhraseMatcher<AbuseLevel> Lexicon = new(AbuseLexicon.Entries);

    private static readonly PhraseMatcher<bool> HarmlessExpressions = new(Lexicons.Lexicon.Lines(AbuseLexicon.Harmless).Select(p => (p, true)));

    private enum Spelling
    {
        Plain,
        Leet,
        Spaced,
        K,
        Starred,
    }

    private static readonly (string Key, bool IsStem, AbuseLevel Level)[] SingleWords = [.. AbuseLexicon.SingleWords];

    private readonly record struct Candidate(int First, int Last, int CueFirst, FlagKind Kind, FlagSeverity Severity, AbuseLevel Level, Spelling Spelling);

    public static void Detect(NormalisedText text, List<Finding> findings)
    {
        var candidates = new List<Candidate>();
        var matches = new List<PhraseMatch<AbuseLevel>>();

        Lexicon.FindAll(text.Keys, text.Masked, matches);
        AddCandidates(text, matches, Spelling.Plain, candidates);

        var leet = LeetKeys(text);
        if (leet is not null)
        {
            matches.Clear();
            Lexicon.FindAll(leet, text.Masked, matches);
            AddCandidates(text, matches, Spelling.Leet, candidates);

            // Both tricks in one word: "k0nnard".
            if (KeysWithC(text, leet) is { } both)
            {
                matches.Clear();
                Lexicon.FindAll(both, text.Masked, matches);
                AddCandidates(text, matches, Spelling.Leet, candidates);
            }
        }

        var withC = KeysWithC(text, text.Keys);
        if (withC is not null)
        {
            matches.Clear();
            Lexicon.FindAll(withC, text.Masked, matches);
            AddCandidates(text, matches, Spelling.K, candidates);
        }

        FindSpacedLetters(text, candidates);
        if (text.Original.Contains('*'))
            FindStarredWords(text, candidates);

        // "sauce bâtarde", "cul de veau", "Montcuq": the abusive-looking word is part of a harmless expression.
        var harmless = new List<PhraseMatch<bool>>();
        HarmlessExpressions.FindAll(text.Keys, text.Masked, harmless);
        candidates.RemoveAll(c => harmless.Exists(h => h.First <= c.Last && c.First <= h.Last));

        // Where matches overlap ("ta gueule" and "gueule"), keep the most serious, then the longest.
        candidates.Sort((a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : (b.Last - b.First).CompareTo(a.Last - a.First));
        var kept = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => k.CueFirst <= candidate.Last && candidate.CueFirst <= k.Last))
                kept.Add(candidate);
        }

        foreach (var candidate in kept)
            findings.Add(ToFinding(text, candidate));
    }

    private static void AddCandidates(NormalisedText text, List<PhraseMatch<AbuseLevel>> matches, Spelling spelling, List<Candidate> candidates)
    {
        foreach (var match in matches)
        {
            var cue = TargetCue(text, match.First);
            var targeted = cue >= 0;
            var first = targeted ? cue : match.First;
            (FlagKind Kind, FlagSeverity Severity)? verdict = match.Value switch
            {
                AbuseLevel.Vulgar => (FlagKind.Vulgarity, FlagSeverity.Low),
                AbuseLevel.VulgarOrInsult when targeted => (FlagKind.Insult, FlagSeverity.High),
                AbuseLevel.VulgarOrInsult => (FlagKind.Vulgarity, FlagSeverity.Low),
                AbuseLevel.Insult when targeted => (FlagKind.Insult, FlagSeverity.High),
                AbuseLevel.Insult => (FlagKind.Insult, FlagSeverity.Medium),
                AbuseLevel.Targetable when targeted => (FlagKind.Insult, FlagSeverity.Medium),
                AbuseLevel.Slur => (FlagKind.Insult, FlagSeverity.High),
                AbuseLevel.Threat => (FlagKind.Threat, FlagSeverity.High),
                _ => null,
            };
            if (verdict is not { } v)
                continue;

            // "encul3" also starts like "encul*": still say it was disguised.
            var written = spelling == Spelling.Plain && HasLeet(text, match.First, match.Last) ? Spelling.Leet : spelling;
            candidates.Add(new Candidate(match.First, match.Last, targeted && match.Value != AbuseLevel.Vulgar ? first : match.First, v.Kind, v.Severity, match.Value, written));
        }
    }

    /// <summary>Index of the word that aims an insult at someone ("un", "ce", "sale", "espèce de"), or -1.</summary>
    private static int TargetCue(NormalisedText text, int first)
    {
        var keys = text.Keys;
        var i = first - 1;
        if (i < 0)
            return -1;

        if (keys[i] is "de" or "d" && i >= 1 && keys[i - 1] is "espece" or "bande" or "tas")
            return i - 1;

        if (!AbuseLexicon.TargetCues.Contains(keys[i]))
            return -1;

        // "comme un con" says how, not whom.
        if (i >= 1 && keys[i - 1] == "come")
            return -1;

        // "gros con", "un gros con", "espèce de sale con"
        return i >= 1 && keys[i] is "gros" or "grose" or "sale" or "vrai" or "vraie" && AbuseLexicon.TargetCues.Contains(keys[i - 1]) ? i - 1 : i;
    }

    private static bool HasLeet(NormalisedText text, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (Folding.Unleet(text.Tokens[i].Folded) is not null)
                return true;
        }

        return false;
    }

    private static string[]? LeetKeys(NormalisedText text)
    {
        string[]? keys = null;
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            var unleet = Folding.Unleet(text.Tokens[i].Folded);
            if (unleet is null)
                continue;
            keys ??= (string[])text.Keys.Clone();
            keys[i] = unleet;
        }

        return keys;
    }

    // "konnard", "kasse toi", "enkulé": k where French writes c.
    private static string[]? KeysWithC(NormalisedText text, string[] from)
    {
        string[]? keys = null;
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            var key = from[i];
            if (key.Length < 3 || !key.Contains('k'))
                continue;
            keys ??= (string[])from.Clone();
            keys[i] = Folding.Skeleton(key.Replace('k', 'c'));
        }

        return keys;
    }

    // "c*nnard", "p*tain", "f**k": each asterisk stands for one letter; at least two letters must be written.
    private static void FindStarredWords(NormalisedText text, List<Candidate> candidates)
    {
        foreach (Match match in StarredWord().Matches(text.Original))
        {
            var written = Folding.FoldWord(match.ValueSpan);
            // "important*" is a footnote, not a hidden letter.
            if (written.Count(char.IsLetter) < 2 || written.IndexOf('*') == written.Length - 1)
                continue;

            var key = Folding.Skeleton(written);
            foreach (var (word, isStem, level) in SingleWords)
            {
                if (!FitsStars(key, word, isStem) && !FitsStars(written, word, isStem))
                    continue;

                var first = Array.FindIndex(text.Tokens, t => t.End > match.Index);
                var last = Array.FindLastIndex(text.Tokens, t => t.Start < match.Index + match.Length);
                if (first < 0 || last < first || text.Masked[first])
                    break;

                var (kind, severity) = level switch
                {
                    AbuseLevel.Vulgar or AbuseLevel.VulgarOrInsult or AbuseLevel.Targetable => (FlagKind.Vulgarity, FlagSeverity.Low),
                    AbuseLevel.Threat => (FlagKind.Threat, FlagSeverity.High),
                    AbuseLevel.Slur => (FlagKind.Insult, FlagSeverity.High),
                    _ => (FlagKind.Insult, FlagSeverity.Medium),
                };
                candidates.Add(new Candidate(first, last, first, kind, severity, level, Spelling.Starred));
                break;
            }
        }
    }

    private static bool FitsStars(string starred, string word, bool isStem)
    {
        if (isStem ? starred.Length < word.Length : starred.Length != word.Length)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (starred[i] != '*' && starred[i] != word[i])
                return false;
        }

        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\d*])\p{L}[\p{L}*]*\*[\p{L}*]*", RegexOptions.CultureInvariant)]
    private static partial Regex StarredWord();

    // "c.o.n.n.a.r.d", "p u t e", "f-d-p": three or more single letters close together, read as one word.
    private static void FindSpacedLetters(NormalisedText text, List<Candidate> candidates)
    {
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsLoneLetter(text, i))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Length && IsLoneLetter(text, j + 1) && tokens[j + 1].Start - tokens[j].End <= 2)
                j++;

            if (j - i >= 2)
            {
                var word = new char[j - i + 1];
                for (var k = i; k <= j; k++)
                    word[k - i] = tokens[k].Folded[0];
                if (Lexicon.TryMatchWord(Folding.Skeleton(new string(word)), out var level))
                {
                    var (kind, severity) = level switch
                    {
                        AbuseLevel.Vulgar or AbuseLevel.VulgarOrInsult => (FlagKind.Vulgarity, FlagSeverity.Low),
                        AbuseLevel.Threat => (FlagKind.Threat, FlagSeverity.High),
                        AbuseLevel.Slur => (FlagKind.Insult, FlagSeverity.High),
                        _ => (FlagKind.Insult, FlagSeverity.Medium),
                    };
                    candidates.Add(new Candidate(i, j, i, kind, severity, level, Spelling.Spaced));
                }
            }

            i = j + 1;
        }
    }

    private static bool IsLoneLetter(NormalisedText text, int i) =>
        !text.Masked[i] && text.Tokens[i].Length == 1 && char.IsLetter(text.Tokens[i].Folded[0]);

    private static Finding ToFinding(NormalisedText text, Candidate candidate)
    {
        var start = text.Tokens[candidate.CueFirst].Start;
        var end = text.Tokens[candidate.Last].End;
        var excerpt = text.Original[start..end];
        var spelling = candidate.Spelling switch
        {
            Spelling.Leet => ", écriture déformée avec chiffres ou symboles",
            Spelling.Spaced => ", lettres séparées",
            Spelling.K => ", « k » à la place de « c »",
            Spelling.Starred => ", lettres masquées par des astérisques",
            _ when HasRepeatedLetters(text, candidate) => ", lettres répétées",
            _ => "",
        };
        var aimed = candidate.CueFirst < candidate.First ? $", visant une personne (« {text.Slice(candidate.CueFirst, candidate.First - 1)} »)" : "";
        var reason = candidate.Kind switch
        {
            FlagKind.Threat => $"Menace : « {excerpt} » (règle : lexique des menaces{spelling})",
            FlagKind.Vulgarity => $"Langage grossier : « {excerpt} » (règle : lexique des mots grossiers{spelling})",
            _ when candidate.Level == AbuseLevel.Slur => $"Injure discriminatoire : « {excerpt} » (règle : lexique des injures racistes, sexistes, homophobes ou validistes{spelling})",
            _ => $"Insulte : « {excerpt} » (règle : lexique des insultes{aimed}{spelling})",
        };
        return new Finding(start, end, new ModerationFlag(candidate.Kind, candidate.Severity, excerpt, reason), null);
    }

    private static bool HasRepeatedLetters(NormalisedText text, Candidate candidate)
    {
        for (var i = candidate.First; i <= candidate.Last; i++)
        {
            var folded = text.Tokens[i].Folded;
            for (var c = 2; c < folded.Length; c++)
            {
                if (folded[c] == folded[c - 1] && folded[c] == folded[c - 2] && char.IsLetter(folded[c]))
                    return true;
            }
        }

        return false;
    }
}
