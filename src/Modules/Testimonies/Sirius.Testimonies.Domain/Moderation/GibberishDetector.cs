using System.Collections.Frozen;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Answers with nothing to publish: empty ("rien", "nsp", "..."), too short, keyboard mashing
/// ("qsdfghjk"), letters repeated ("aaaaaa"), words without vowels, or hardly a real word in them.
/// </summary>
internal static class GibberishDetector
{
    private const int MinimumWords = 3;

    private static readonly string[] KeyboardRows =
    [
        "azertyuiop", "qsdfghjklm", "wxcvbn",
        "qwertyuiop", "asdfghjkl", "zxcvbnm",
    ];

    private static readonly HashSet<string> EmptyAnswers = new(
        Lexicon.Lines(
            """
            rien
            ras
            r a s
            nsp
            nspp
            jsp
            je sais pas
            je ne sais pas
            sais pas
            j sais pas
            aucune idee
            pas d idee
            pas d avis
            sans avis
            aucun avis
            rien a dire
            rien a signaler
            rien de special
            rien de plus
            rien d autre
            pas grand chose
            non
            oui
            ok
            okay
            bien
            tres bien
            bof
            mouais
            idk
            lol
            mdr
            cc
            test
            x
            """).Select(line => Folding.Key(line)),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Politeness = Lexicon.Keys("merci voila bonne journee cordialement");

    public static void Detect(NormalisedText text, bool somethingElseToModerate, List<Finding> findings)
    {
        var tokens = text.Tokens;
        var words = 0;
        var junk = 0;
        var known = 0;
        var firstJunk = -1;
        string? junkRule = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].HasLetter || text.Masked[i])
                continue;

            words++;
            if (IsKnown(tokens[i]))
            {
                known++;
                continue;
            }

            var rule = JunkRule(tokens[i]);
            if (rule is not null)
            {
                junk++;
                if (firstJunk < 0)
                {
                    firstJunk = i;
                    junkRule = rule;
                }
            }
        }

        var whole = text.Original.Trim();
        if (words == 0)
        {
            if (!somethingElseToModerate)
                findings.Add(Flag(whole, FlagKind.Gibberish, "Réponse sans aucun mot", "aucune lettre"));
            return;
        }

        if (IsEmptyAnswer(text))
        {
            findings.Add(Flag(whole, FlagKind.TooShort, "Réponse vide de sens", "réponse toute faite sans contenu (« rien », « nsp », « ok »…)"));
            return;
        }

        if (junk * 2 >= words)
        {
            findings.Add(Flag(text.Slice(firstJunk, firstJunk), FlagKind.Gibberish, "Texte incohérent", $"{junkRule}, {junk} mot(s) sur {words}"));
            return;
        }

        if (words >= 4 && known * 5 < words)
        {
            findings.Add(Flag(whole, FlagKind.Gibberish, "Texte incohérent", $"presque aucun mot du français courant ({known} sur {words})"));
            return;
        }

        if (words < MinimumWords && !somethingElseToModerate)
            findings.Add(Flag(whole, FlagKind.TooShort, "Réponse trop courte pour être un témoignage", $"moins de {MinimumWords} mots"));
    }

    private static bool IsEmptyAnswer(NormalisedText text)
    {
        // Compare the words only, without punctuation or a closing "merci".
        var last = text.Tokens.Length - 1;
        while (last >= 0 && (!text.Tokens[last].HasLetter || Politeness.Contains(text.Keys[last])))
            last--;
        if (last < 0 || last > 4)
            return false;

        var phrase = string.Join(' ', text.Keys, 0, last + 1);
        return EmptyAnswers.Contains(phrase);
    }

    private static string? JunkRule(Token token)
    {
        var word = token.Folded;
        if (word.Length < 4)
            return null;

        if (HasKeyboardRun(word))
            return "suite de touches voisines du clavier";

        var distinct = 0;
        var seen = 0UL;
        var vowels = 0;
        var consonantRun = 0;
        var longestConsonantRun = 0;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
                continue;
            var bit = 1UL << (c - 'a');
            if ((seen & bit) == 0)
            {
                seen |= bit;
                distinct++;
            }

            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                vowels++;
                consonantRun = 0;
            }
            else
            {
                longestConsonantRun = Math.Max(longestConsonantRun, ++consonantRun);
            }
        }

        if (distinct <= 2)
            return "caractères répétés";
        if (IsRepeatedSyllable(word))
            return "syllabe répétée";
        if (vowels == 0 && !FrenchWords.Abbreviations.Contains(token.Key))
            return "mot sans voyelle";
        if (longestConsonantRun >= 5)
            return "suite de consonnes imprononçable";
        return null;
    }

    private static bool HasKeyboardRun(string word)
    {
        foreach (var row in KeyboardRows)
        {
            var run = 1;
            var direction = 0;
            for (var i = 1; i < word.Length; i++)
            {
                var a = row.IndexOf(word[i - 1], StringComparison.Ordinal);
                var b = row.IndexOf(word[i], StringComparison.Ordinal);
                var step = a >= 0 && b >= 0 ? b - a : 0;
                if (step is 1 or -1 && (run == 1 || step == direction))
                {
                    run++;
                    direction = step;
                    if (run >= 4)
                        return true;
                }
                else
                {
                    run = step is 1 or -1 ? 2 : 1;
                    direction = step;
                }
            }
        }

        return false;
    }

    // "blablabla", "sdfsdfsdf", "hahaha": a unit of 2 to 4 letters said three times or more.
    private static bool IsRepeatedSyllable(string word)
    {
        for (var unit = 2; unit <= 4 && unit * 3 <= word.Length; unit++)
        {
            var repeats = true;
            for (var i = unit; i < word.Length && repeats; i++)
                repeats = word[i] == word[i % unit];
            if (repeats)
                return true;
        }

        return false;
    }

    private static bool IsKnown(Token token) =>
        FrenchWords.Common.Contains(token.Folded)
        || FirstNames.All.Contains(token.Folded)
        || token.Length >= 3 && ThemeDetector.IsThemeWord(token.Key);

    private static Finding Flag(string excerpt, FlagKind kind, string what, string rule)
    {
        var shown = excerpt.Length > 60 ? excerpt[..60] + "…" : excerpt;
        return new Finding(0, 0, new ModerationFlag(kind, FlagSeverity.Low, shown, $"{what} : « {shown} » (règle : {rule})"), null);
    }
}
