using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Harm the writer reports suffering (harassment, hazing, violence, danger, unpaid hours, distress…), as opposed
/// to abuse the writer writes. Rules tie a harm word to the writer as victim; a negation just before or inside
/// (« personne ne m'a jamais insulté », « pas de bizutage ») or a hypothesis (« si on me harcelait ») cancels them.
/// One flag per category, on the first place it is reported. Then the learned classifier
/// (<see cref="LinearTextClassifier.Alerts"/>) adds its most likely category: alone when the rules found nothing, for
/// the phrasings no rule was written for, or beside theirs when it is sure of a category they missed; each explained
/// by the words that weighed most.
/// </summary>
internal static partial class AlertDetector
{
    private const int NegationReach = 4;
    private const int HypothesisReach = 8;

    /// <summary>Probability from which the model adds its category to those the rules found.</summary>
    private const double SecondOpinion = 0.5;

    // Declared before the matcher, which uses it to build itself.
    private static readonly FrozenSet<string> NegationWords = Lexicon.Keys("pas sans aucun aucune aucuns jamais jms ni zero pa non manque manquent");

    private static readonly Rule[] Rules = [.. AlertLexicon.Rules.Select(r => r.Parts.Length <= 2
        ? new Rule(r.Category, r.Parts.Length)
        : throw new InvalidOperationException($"An alert rule has at most two parts: {string.Join(" && ", r.Parts.Select(p => p[0]))}"))];

    private static readonly PhraseMatcher<PartRef> Matcher = new(
        AlertLexicon.Rules.SelectMany((rule, r) => rule.Parts.SelectMany((part, p) =>
            part.Select(phrase => (phrase, new PartRef(r, p, !StatesANegation(phrase)))))));

    private static readonly PhraseMatcher<bool> Exclusions = new(
        AlertLexicon.Exclusions.Select(e => (e, false)).Concat(AlertLexicon.TopicCues.Select(c => (c, true))));

    private static readonly PhraseMatcher<bool> Resolutions = new(AlertLexicon.Resolutions.Select(r => (r, true)));

    private static readonly FrozenSet<string> GrammarWords = Lexicon.Keys(
        "a à au aux ai as avait avec ce ces c ça cet cette d dans de des du elle elles en est et il ils j je l la le les leur lui m ma me mes moi mon n ne nous on ou où par pour qu que qui s sa se ses si son sur t ta te tes toi ton tu un une vous y");

    private readonly record struct Rule(AlertCategory Category, int Parts);

    /// <param name="Negatable">The phrase does not itself state an absence (« pas d'EPI »), so a negation before it cancels it.</param>
    private readonly record struct PartRef(int Rule, int Part, bool Negatable);

    private readonly record struct Hit(AlertCategory Category, int Start, int End, string Excerpt);

    public static void Detect(NormalisedText text, List<Finding> findings)
    {
        if (IsOverAndSolved(text))
            return;

        // The rules know where harm is reported and where its words are denied (« aucun harcèlement »): the
        // classifier, which reads words without their grammar, only speaks when they found neither.
        var (found, denied) = DetectByRules(text, findings);
        var model = LinearTextClassifier.Alerts;
        if (found.Count == 0 && denied)
            return;
        var probabilities = model.Classify(text);
        if (probabilities[AlertModelTrainer.Any] < model.Threshold)
            return;

        // When rules fired, their category stands; the model adds its own only when it is sure of it: a rule reads
        // one phrase (« il me crie dessus »), the model the whole story (the shouting comes with threats of firing).
        var category = Enum.GetValues<AlertCategory>().MaxBy(c => probabilities[(int)c]);
        if (found.Contains(category) || found.Count > 0 && probabilities[(int)category] < SecondOpinion)
            return;
        // Grammar words weigh too (« m'a dit que si »), but they explain nothing to a moderator.
        var tokens = model.TriggerTokens(text, (int)category).Where(i => !GrammarWords.Contains(text.Keys[i])).ToList();
        if (tokens.Count == 0 || AbsenceIsNotHarm(category) && NegatedWord(text, tokens[0]))
            return;
        var words = tokens.Select(i => text.Slice(i, i)).Distinct(StringComparer.OrdinalIgnoreCase).Take(LinearTextClassifier.TriggersPerLabel).ToList();

        var label = AlertCategories.Label(category);
        var reason = string.Create(CultureInfo.GetCultureInfo("fr-FR"),
            $"Alerte « {label} » : les mots « {string.Join(" », « ", words)} » ont pesé (modèle appris, probabilité {probabilities[AlertModelTrainer.Any]:0.00} ; statut « Alerte » suggéré)");
        var first = text.Tokens[tokens[0]];
        findings.Add(new Finding(first.Start, first.End, new ModerationFlag(FlagKind.Alert, FlagSeverity.High, string.Join(", ", words), reason, category), null));
    }

    private static bool IsOverAndSolved(NormalisedText text)
    {
        var matches = new List<PhraseMatch<bool>>();
        Resolutions.FindAll(text.Keys, null, matches);
        return matches.Count > 0;
    }

    // « pas de gants », « pas payé », « personne m'a soigné », « je dors plus »: for these, an absence is the harm.
    private static bool AbsenceIsNotHarm(AlertCategory category) =>
        category is not (AlertCategory.Safety or AlertCategory.LabourLaw or AlertCategory.Injury or AlertCategory.Distress);

    // The word that weighed most is denied: « aucun harcèlement », « on m'a jamais frappé », « pas de bizutage ».
    private static bool NegatedWord(NormalisedText text, int word) => NegatedAround(text, word, word);

    /// <summary>
    /// The categories the phrase rules find, one flag each; returns them, and whether a harm phrase was read as
    /// denied, hypothetical or excluded (then the classifier stays silent).
    /// </summary>
    public static (HashSet<AlertCategory> Found, bool Denied) DetectByRules(NormalisedText text, List<Finding> findings)
    {
        var matches = new List<PhraseMatch<PartRef>>();
        Matcher.FindAll(text.Keys, null, matches);
        var hits = new List<Hit>();
        var denied = matches.Count > 0 && Collect(text, matches, hits);
        FindLongHours(text.Original, hits);

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var seen = new HashSet<AlertCategory>();
        foreach (var hit in hits)
        {
            if (!seen.Add(hit.Category))
                continue;
            var label = AlertCategories.Label(hit.Category);
            var reason = $"Alerte « {label} » : « {hit.Excerpt} » (règle : l’auteur rapporte un tort subi ; statut « Alerte » suggéré)";
            findings.Add(new Finding(hit.Start, hit.End, new ModerationFlag(FlagKind.Alert, FlagSeverity.High, hit.Excerpt, reason, hit.Category), null));
        }

        return (seen, denied);
    }

    /// <returns>Whether a match was set aside as denied, hypothetical or excluded.</returns>
    private static bool Collect(NormalisedText text, List<PhraseMatch<PartRef>> matches, List<Hit> hits)
    {
        var setAside = false;
        var exclusions = new List<PhraseMatch<bool>>();
        Exclusions.FindAll(text.Keys, null, exclusions);

        var partial = new Dictionary<int, List<PhraseMatch<PartRef>>>();
        foreach (var match in matches)
        {
            if (Excluded(text, match, exclusions) || Denied(text, match) || Rules[match.Value.Rule].Category != AlertCategory.ThreatSuffered && Hypothetical(text, match.First))
            {
                setAside = true;
                continue;
            }

            var rule = Rules[match.Value.Rule];
            if (rule.Parts == 1)
            {
                hits.Add(ToHit(text, rule.Category, match.First, match.Last));
                continue;
            }

            if (!partial.TryGetValue(match.Value.Rule, out var list))
                partial[match.Value.Rule] = list = [];
            list.Add(match);
        }

        // "A && B": both parts in the same sentence or the next one.
        foreach (var (ruleIndex, list) in partial)
        {
            foreach (var a in list)
            {
                if (a.Value.Part != 0)
                    continue;
                foreach (var b in list)
                {
                    if (b.Value.Part == 1 && Math.Abs(text.Tokens[a.First].Sentence - text.Tokens[b.First].Sentence) <= 1)
                    {
                        hits.Add(Pair(text, Rules[ruleIndex].Category, a, b));
                        break;
                    }
                }
            }
        }

        return setAside;
    }

    private static Hit Pair(NormalisedText text, AlertCategory category, PhraseMatch<PartRef> a, PhraseMatch<PartRef> b)
    {
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        if (second.First - first.Last <= 8)
            return ToHit(text, category, first.First, Math.Max(first.Last, second.Last));

        var start = text.Tokens[first.First].Start;
        var end = text.Tokens[second.Last].End;
        return new Hit(category, start, end, $"{text.Slice(first.First, first.Last)} … {text.Slice(second.First, second.Last)}");
    }

    private static Hit ToHit(NormalisedText text, AlertCategory category, int first, int last) =>
        new(category, text.Tokens[first].Start, text.Tokens[last].End, text.Slice(first, last));

    // An exclusion overlaps the match (« pleuré de rire »); a topic cue comes before it in its sentence.
    private static bool Excluded(NormalisedText text, PhraseMatch<PartRef> match, List<PhraseMatch<bool>> exclusions)
    {
        foreach (var exclusion in exclusions)
        {
            if (exclusion.First <= match.Last + 1 && match.First <= exclusion.Last)
                return true;
            if (exclusion.Value && exclusion.First < match.First && text.Tokens[exclusion.First].Sentence == text.Tokens[match.First].Sentence)
                return true;
        }

        return false;
    }

    // « aucun harcèlement », « on m'a jamais frappé », « il me frappe pas », « personne ne m'insulte »;
    // a phrase that states an absence itself is denied by a negation right before it (« jamais sans mes EPI »).
    private static bool Denied(NormalisedText text, PhraseMatch<PartRef> match)
    {
        var keys = text.Keys;
        if (!match.Value.Negatable)
            return DoublyDenied(text, match);

        // « personne m'a emmené » opens a phrase that is itself the harm; a « personne » inside still denies.
        for (var i = keys[match.First] == "persone" ? match.First + 1 : match.First; i <= match.Last; i++)
        {
            if (IsNegation(keys, i))
                return true;
        }

        return NegatedAround(text, match.First, match.Last);
    }

    // A negation right after the words (« il me frappe pas ») or up to four words before them in the same clause.
    private static bool NegatedAround(NormalisedText text, int first, int last)
    {
        var keys = text.Keys;
        var tokens = text.Tokens;
        for (var i = last + 1; i <= last + 2 && i < keys.Length && !tokens[i].PunctuationBefore; i++)
        {
            if (keys[i] is "pas" or "jamais" or "pa" or "jms")
                return true;
        }

        for (var i = first - 1; i >= 0 && i >= first - NegationReach; i--)
        {
            if (tokens[i + 1].PunctuationBefore || tokens[i].Sentence != tokens[first].Sentence || AlertLexicon.Breaks.Contains(keys[i]))
                break;
            if (IsNegation(keys, i))
                return true;
        }

        return false;
    }

    // « jamais sans nos gants », « pas sans protection »: two negations in a row cancel each other.
    private static bool DoublyDenied(NormalisedText text, PhraseMatch<PartRef> match)
    {
        var from = match.First > 0 && !text.Tokens[match.First].PunctuationBefore ? match.First - 1 : match.First;
        for (var i = from; i < match.Last; i++)
        {
            if (NegationWords.Contains(text.Keys[i]) && text.Keys[i + 1] is "sans" or "pas")
                return true;
        }

        // « on monte jamais sur le toit sans harnais »: a negation a few words before « sans » in the same clause.
        if (text.Keys[match.First] != "sans")
            return false;
        for (var i = match.First - 1; i >= 0 && i >= match.First - NegationReach; i--)
        {
            if (text.Tokens[i + 1].PunctuationBefore || AlertLexicon.Breaks.Contains(text.Keys[i]) || text.Keys[i] == "et")
                break;
            if (text.Keys[i] is "jamais" or "jms" or "pas" or "pa")
                return true;
        }

        return false;
    }

    private static bool IsNegation(string[] keys, int i)
    {
        var key = keys[i];
        if (!AlertLexicon.Negations.Contains(key))
            return false;
        // « personne ne m'a frappé », and in SMS « personne m'a frappé » — but not « une personne m'a frappé ».
        if (key == "persone")
            return i + 1 < keys.Length && keys[i + 1] is "ne" or "n" or "m" or "ma" or "me" or "mont" or "nous" or "ns"
                && (i == 0 || keys[i - 1] is not ("une" or "la" or "cette" or "autre" or "seule"));
        return i == 0 || !AlertLexicon.NegationReversers.Contains(keys[i - 1]);
    }

    // « si un jour on me harcèle », « en cas de harcèlement » — but « même si », and not for threats (« si je parle, il me vire »).
    private static bool Hypothetical(NormalisedText text, int first)
    {
        var keys = text.Keys;
        var sentence = text.Tokens[first].Sentence;
        for (var i = first - 1; i >= 0 && i >= first - HypothesisReach && text.Tokens[i].Sentence == sentence; i--)
        {
            if (AlertLexicon.Hypotheticals.Contains(keys[i]) && (i == 0 || keys[i - 1] is not "meme" and not "comme"))
                return true;
        }

        return false;
    }

    private static bool StatesANegation(string phrase)
    {
        foreach (var word in phrase.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NegationWords.Contains(Folding.Key(word.TrimEnd('*'))))
                return true;
        }

        return false;
    }

    // 50-hour weeks, 12-hour days, « de 6h à 21h ».
    private static void FindLongHours(string text, List<Hit> hits)
    {
        foreach (var regex in (Regex[])[LongWeek(), LongDay()])
        {
            var match = regex.Match(text);
            if (match.Success)
                hits.Add(new Hit(AlertCategory.LabourLaw, match.Index, match.Index + match.Length, match.Value));
        }

        foreach (Match match in HourRange().Matches(text))
        {
            var from = int.Parse(match.Groups["from"].ValueSpan, provider: null);
            var to = int.Parse(match.Groups["to"].ValueSpan, provider: null);
            if (from < 24 && to <= 24 && to - from >= 12)
            {
                hits.Add(new Hit(AlertCategory.LabourLaw, match.Index, match.Index + match.Length, match.Value));
                return;
            }
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<!\d)(4[5-9]|[5-9]\d)\s*(h|heures?)\b\s*(par|/|la|chaque|de la|dans la|a la|à la)?\s*(semaine|sem\b|hebdo)|semaines?\s+(de|à|a)\s+(4[5-9]|[5-9]\d)\s*(h|heures?)\b", Options)]
    private static partial Regex LongWeek();

    [GeneratedRegex(@"(?<!\d)(1[1-9]|2[0-4])\s*(h|heures?)\b\s*(de (boulot|travail|taf|taff)\s*)?(par|/|chaque|dans la|la)\s*(jour|journ)|journ[ée]es?\s+de\s+(1[1-9]|2[0-4])\s*(h|heures?)\b", Options)]
    private static partial Regex LongDay();

    [GeneratedRegex(@"(?<!\d)(?<from>\d{1,2})\s*h(\d{2})?\s*(à|a|-|jusqu'?\s*à|jusqu'?\s*a|jusqu’\s*à)\s*(?<to>\d{1,2})\s*h", Options)]
    private static partial Regex HourRange();
}
