using System.Globalization;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Suggests themes from weighted cue words. Whether a sentence speaks of the CFA or of the company
/// decides what its ambiguous words mean ("ambiance", "journée type"); a sentence that says neither
/// borrows the context of the whole text.
/// </summary>
internal static class ThemeDetector
{
    private const int MaxWeeklyHours = 70;

    /// <summary>
    /// Below this probability the classifier vetoes a theme the rules suggest: a cue word out of its usual sense
    /// (« les horaires du bus », « l'ambiance du match »). Chosen by five-fold cross-validation of the blend on the
    /// training sets (its micro-F1 is flat between 0.02 and 0.06, and falls beyond 0.08).
    /// </summary>
    public const double Veto = 0.04;

    private static readonly (string Pattern, ThemeCue Cue)[] Entries = [.. ThemeLexicon.Entries()];
    private static readonly PhraseMatcher<int> Cues = new(Entries.Select((entry, index) => (entry.Pattern, index)));
    private static readonly PhraseMatcher<bool> Places = new(
        Lexicon.Lines(ThemeLexicon.SchoolCues).Select(p => (p, true))
            .Concat(Lexicon.Lines(ThemeLexicon.CompanyCues).Select(p => (p, false))));

    public static bool IsThemeWord(string key) => Cues.TryMatchWord(key, out _);

    /// <summary>
    /// The themes the rules suggest that the classifier does not veto, then those the classifier is confident of that
    /// the rules missed: rules are precise on the words they know, the classifier reaches the words and spellings
    /// they do not.
    /// </summary>
    public static IReadOnlyList<ThemeSuggestion> Suggest(NormalisedText text) => Suggest(text, LinearTextClassifier.Themes);

    /// <summary>
    /// When neither the rules nor the classifier's thresholds give a theme, the theme whose probability comes nearest
    /// its own threshold is still suggested once it reaches this fraction of it: most texts speak of something, and a
    /// writer who was not in the training sets names it in words the thresholds were not calibrated on. Chosen by
    /// scoring each held-out set written by another author with a model trained without it (<c>--by-writer</c> of
    /// bench/Sirius.Moderation.Training): micro-F1 0.653 → 0.680 on average over the four sets (0.2: 0.667, 0.3: 0.672, 0.55: 0.669).
    /// </summary>
    public const double Fallback = 0.4;

    /// <summary>
    /// The words (personal data left out) a text needs for <see cref="Fallback"/>: a short remark with no cue (« Numéro du
    /// garage : … », « Rien à signaler ») is more often about nothing than about its nearest theme. With 12 the sets
    /// by other authors keep their gain (0.679) and heldout-verbatims, written with many theme-less texts, keeps its
    /// score (0.765 → 0.766; 0.723 with no minimum).
    /// </summary>
    public const int FallbackWords = 12;

    public static IReadOnlyList<ThemeSuggestion> Suggest(NormalisedText text, LinearTextClassifier classifier)
    {
        var probabilities = classifier.Classify(text);
        var suggestions = SuggestByRules(text).Where(s => probabilities[(int)s.Theme] >= VetoOf(classifier, (int)s.Theme)).ToList();
        var learned = new List<ThemeSuggestion>();
        foreach (var theme in ModerationThemes.All)
        {
            if (probabilities[(int)theme] >= classifier.ThresholdOf((int)theme) && !suggestions.Any(s => s.Theme == theme)
                && classifier.Triggers(text, (int)theme) is { Count: > 0 } words)
                learned.Add(new ThemeSuggestion(theme, words));
        }

        learned.Sort((a, b) => probabilities[(int)b.Theme].CompareTo(probabilities[(int)a.Theme]));
        if (suggestions.Count == 0 && learned.Count == 0 && text.Masked.Count(m => !m) >= FallbackWords)
        {
            var nearness = Enumerable.Range(0, probabilities.Length).Select(t => probabilities[t] / classifier.ThresholdOf(t)).ToArray();
            var best = Array.IndexOf(nearness, nearness.Max());
            if (nearness[best] >= Fallback && classifier.Triggers(text, best) is { Count: > 0 } words)
                learned.Add(new ThemeSuggestion((ModerationTheme)best, words));
        }

        return [.. suggestions, .. learned];
    }

    /// <summary>The veto of a theme: calibrated per theme by <see cref="ThemeModelTrainer"/>, else <see cref="Veto"/>.</summary>
    public static double VetoOf(LinearTextClassifier classifier, int theme) => classifier.LabelVetoes?[theme] ?? Veto;

    public static List<ThemeSuggestion> SuggestByRules(NormalisedText text)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
            return [];

        var sentences = tokens[^1].Sentence + 1;
        var school = new bool[sentences];
        var company = new bool[sentences];
        var places = new List<PhraseMatch<bool>>();
        Places.FindAll(text.Keys, text.Masked, places);
        foreach (var place in places)
        {
            if (place.Value)
                school[tokens[place.First].Sentence] = true;
            else
                company[tokens[place.First].Sentence] = true;
        }

        var anySchool = Array.IndexOf(school, true) >= 0;
        var anyCompany = Array.IndexOf(company, true) >= 0;

        var scores = new double[ModerationThemes.All.Count];
        var triggers = new List<string>?[scores.Length];
        var standsAlone = new bool[scores.Length];
        var seen = new HashSet<int>();

        var matches = new List<PhraseMatch<int>>();
        Cues.FindAll(text.Keys, text.Masked, matches);

        // Words count once per theme: "l'après-midi" is not also "après-midi" and "midi".
        matches.Sort((a, b) => (b.Last - b.First).CompareTo(a.Last - a.First));
        var used = new bool[scores.Length * tokens.Length];
        foreach (var match in matches)
        {
            var (_, cue) = Entries[match.Value];
            var (atSchool, atCompany) = Context(tokens[match.First].Sentence);
            if (cue.Scope == ThemeScope.School && !atSchool || cue.Scope == ThemeScope.Company && !atCompany && atSchool)
                continue;

            var offset = (int)cue.Theme * tokens.Length;
            if (Array.IndexOf(used, true, offset + match.First, match.Last - match.First + 1) >= 0 || !seen.Add(match.Value))
                continue;
            Array.Fill(used, true, offset + match.First, match.Last - match.First + 1);
            Score(cue.Theme, cue.Weight, text.Slice(match.First, match.Last), !cue.Supporting);
        }

        // Clock times ("8h", "17h30"): working hours at work, the timetable of a day at the CFA.
        // Longer durations ("45h") can only be a working week.
        for (var i = 0; i < tokens.Length; i++)
        {
            if (text.Masked[i] || ReadHours(tokens[i].Folded, i + 1 < tokens.Length ? tokens[i + 1].Key : null) is not { } hours)
                continue;
            var (atSchool, atCompany) = Context(tokens[i].Sentence);
            if (hours > 24)
                Score(ModerationTheme.WorkingHours, 1.0, text.Slice(i, i), true);
            else
                Score(atSchool && !atCompany ? ModerationTheme.TypicalDayAtCfa : ModerationTheme.WorkingHours, 0.5, text.Slice(i, i), true);
        }

        var suggestions = new List<ThemeSuggestion>();
        var best = -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] >= ThemeLexicon.Threshold)
                suggestions.Add(new ThemeSuggestion((ModerationTheme)t, triggers[t]!));
            if (standsAlone[t] && (best < 0 || scores[t] > scores[best]))
                best = t;
        }

        // A short answer often names its subject with a single weak cue ("trop de trajet", "matos au top"):
        // when no theme reaches the threshold, the best one with a cue that may stand alone is still suggested.
        if (suggestions.Count == 0 && best >= 0)
            suggestions.Add(new ThemeSuggestion((ModerationTheme)best, triggers[best]!));

        suggestions.Sort((a, b) => scores[(int)b.Theme].CompareTo(scores[(int)a.Theme]));
        return suggestions;

        (bool School, bool Company) Context(int sentence) =>
            school[sentence] || company[sentence]
                ? (school[sentence], company[sentence])
                : (anySchool, anyCompany);

        void Score(ModerationTheme theme, double weight, string trigger, bool alone)
        {
            scores[(int)theme] += weight;
            standsAlone[(int)theme] |= alone;
            var list = triggers[(int)theme] ??= [];
            if (!list.Contains(trigger, StringComparer.OrdinalIgnoreCase))
                list.Add(trigger);
        }
    }

    /// <summary>The hours of "8h", "17h30", "45h" or "45 heures"; null for any other word or beyond a working week.</summary>
    private static int? ReadHours(string word, string? next)
    {
        if (next is "h" or "heures" && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var counted))
            return counted is > 24 and <= MaxWeeklyHours ? counted : null;

        var h = word.IndexOf('h', StringComparison.Ordinal);
        if (h is not (1 or 2) || !int.TryParse(word.AsSpan(0, h), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) || hours > MaxWeeklyHours)
            return null;
        var minutes = word.Length - h - 1 == 2 && hours <= 24 && char.IsDigit(word[h + 1]) && char.IsDigit(word[h + 2]);
        return h == word.Length - 1 || minutes ? hours : null;
    }
}
