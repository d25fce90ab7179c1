namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Trains the theme classifier on labelled texts. The threshold is the one that gives the classifier alone its
/// best micro-F1 in five-fold cross-validation. The blend's own cross-validated score cannot choose it: the rules
/// were written on these very texts, so it would always favour trusting them over the classifier.
/// </summary>
internal static class ThemeModelTrainer
{
    private const double L2 = 1e-4;

    /// <summary>
    /// Every labelled set of tests/Sirius.Testimonies.Tests/Moderation except the two kept for evaluation
    /// (theme-corpus-final, heldout-verbatims); the 2026-12 held-out sets joined once they had been run and reported.
    /// </summary>
    public static readonly string[] TrainingSets =
    [
        "labelled-verbatims.jsonl", "theme-corpus-tune.jsonl", "theme-corpus-check.jsonl", "theme-corpus-2.jsonl",
        "heldout-2026-12.jsonl", "heldout-2026-12b.jsonl", "heldout-2026-12c.jsonl", "heldout-2026-12d.jsonl",
        "theme-corpus-3.jsonl",
    ];

    public sealed record ThemeTrainingReport(LinearTextClassifier Classifier, double BlendF1, double ClassifierF1, double RulesF1, double CalibratedBlendF1);

    public static ThemeTrainingReport Train(IReadOnlyList<(string Text, IReadOnlyList<ModerationTheme> Themes)> labelled)
    {
        var texts = labelled.Select(l => PreModerator.Normalise(l.Text, [])).ToArray();
        var features = texts.Select(LinearModelTrainer.Count).ToArray();
        var labels = labelled.Select(l => l.Themes.Select(t => (int)t).ToHashSet()).ToArray();
        var rules = texts.Select(t => ThemeDetector.SuggestByRules(t).Select(s => (int)s.Theme).ToHashSet()).ToArray();
        var count = ModerationThemes.All.Count;

        var probabilities = LinearModelTrainer.CrossValidate(texts, features, labels, count, L2);
        var thresholds = Enumerable.Range(5, 91).Select(p => p / 100.0).ToArray();
        var threshold = thresholds.MaxBy(t => MicroF1(labels, i => Above(probabilities[i], t)));

        // Per theme, the classifier threshold and the rules' veto that give the blend its best cross-validated
        // micro-F1 (coordinate ascent from the shared values): a theme the rules or the words over-suggest
        // (« Intégration et ambiance ») then needs more confidence than one they rarely get wrong.
        var labelThresholds = Enumerable.Repeat(threshold, count).ToArray();
        var labelVetoes = Enumerable.Repeat(ThemeDetector.Veto, count).ToArray();
        double Blend() => MicroF1(labels, i => Calibrated(rules[i], probabilities[i], labelThresholds, labelVetoes));
        for (var pass = 0; pass < 2; pass++)
        {
            for (var theme = 0; theme < count; theme++)
            {
                labelThresholds[theme] = Best(labelThresholds, theme, thresholds, Blend);
                labelVetoes[theme] = Best(labelVetoes, theme, Enumerable.Range(1, 60).Select(p => p / 100.0).ToArray(), Blend);
            }
        }

        var classifier = LinearModelTrainer.Fit(features, labels, count, Enumerable.Range(0, texts.Length).ToArray(), threshold, L2);
        return new ThemeTrainingReport(
            classifier.Calibrated(labelThresholds, labelVetoes),
            MicroF1(labels, i => [.. rules[i].Where(r => probabilities[i][r] >= ThemeDetector.Veto), .. Above(probabilities[i], threshold)]),
            MicroF1(labels, i => Above(probabilities[i], threshold)),
            MicroF1(labels, i => rules[i]),
            Blend());
    }

    private static HashSet<int> Calibrated(HashSet<int> rules, double[] probabilities, double[] thresholds, double[] vetoes) =>
        [.. rules.Where(r => probabilities[r] >= vetoes[r]), .. Enumerable.Range(0, probabilities.Length).Where(t => probabilities[t] >= thresholds[t])];

    /// <summary>The candidate value of values[index] with the best score, the current one on a tie.</summary>
    private static double Best(double[] values, int index, double[] candidates, Func<double> score)
    {
        var best = values[index];
        var bestScore = score();
        foreach (var candidate in candidates)
        {
            values[index] = candidate;
            if (score() is var s && s > bestScore + 1e-9)
                (best, bestScore) = (candidate, s);
        }

        values[index] = best;
        return best;
    }

    /// <summary>The texts and themes of the training sets, in the benchmark's JSON lines format.</summary>
    /// <summary>
    /// The held-out sets written by other authors, each once run and reported before it joined the training sets:
    /// scoring each with a model trained without it estimates what a new writer's texts get.
    /// </summary>
    public static readonly string[] WriterSets =
        ["heldout-2026-12.jsonl", "heldout-2026-12b.jsonl", "heldout-2026-12c.jsonl", "heldout-2026-12d.jsonl"];

    public static List<(string Text, IReadOnlyList<ModerationTheme> Themes)> ReadTrainingSets(string directory) =>
        ReadSets(directory, TrainingSets);

    /// <summary>The texts and themes of the given sets, in the benchmark's JSON lines format.</summary>
    public static List<(string Text, IReadOnlyList<ModerationTheme> Themes)> ReadSets(string directory, IEnumerable<string> files) =>
        LinearModelTrainer.ReadSets(directory, files, json =>
        {
            var themes = json.GetProperty("themes").EnumerateArray()
                .Select(t => ModerationThemes.TryParse(t.GetString()!, out var theme) ? theme : throw new FormatException($"Unknown theme: {t}"))
                .ToList();
            return (json.GetProperty("text").GetString()!, (IReadOnlyList<ModerationTheme>)themes);
        });

    public sealed record Score(double Precision, double Recall, double F1);

    /// <summary>How the detector's suggestions, with this classifier, agree with the themes of texts it was not trained on.</summary>
    public static Score ScoreOn(LinearTextClassifier classifier, IReadOnlyList<(string Text, IReadOnlyList<ModerationTheme> Themes)> labelled)
    {
        int agreed = 0, suggested = 0, expected = 0;
        foreach (var (text, themes) in labelled)
        {
            var suggestions = ThemeDetector.Suggest(PreModerator.Normalise(text, []), classifier);
            agreed += suggestions.Count(s => themes.Contains(s.Theme));
            suggested += suggestions.Count;
            expected += themes.Count;
        }

        return new Score((double)agreed / suggested, (double)agreed / expected, 2.0 * agreed / (suggested + expected));
    }

    private static HashSet<int> Above(double[] probabilities, double threshold) =>
        Enumerable.Range(0, probabilities.Length).Where(t => probabilities[t] >= threshold).ToHashSet();

    private static double MicroF1(HashSet<int>[] labels, Func<int, HashSet<int>> suggest)
    {
        int agreed = 0, suggested = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var themes = suggest(i);
            agreed += themes.Count(labels[i].Contains);
            suggested += themes.Count;
        }

        return 2.0 * agreed / (suggested + labels.Sum(l => l.Count));
    }
}
