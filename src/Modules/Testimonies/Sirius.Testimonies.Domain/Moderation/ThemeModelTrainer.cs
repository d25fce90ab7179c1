using System.Text.Json;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Trains <see cref="ThemeClassifier"/> on labelled texts, deterministically: a fixed shuffle, a fixed number of
/// passes. The threshold is the one that gives the classifier alone its best micro-F1 in five-fold
/// cross-validation. The blend's own cross-validated score cannot choose it: the rules were written on these very
/// texts, so it would always favour trusting them over the classifier.
/// </summary>
internal static class ThemeModelTrainer
{
    private const int Epochs = 40;
    private const double LearningRate = 1.0;
    private const double L2 = 1e-4;
    private const int MinDocumentFrequency = 2;
    private const int Folds = 5;

    /// <summary>Every labelled set of tests/Sirius.Testimonies.Tests/Moderation except the two kept for evaluation.</summary>
    public static readonly string[] TrainingSets = ["labelled-verbatims.jsonl", "theme-corpus-tune.jsonl", "theme-corpus-check.jsonl"];

    public sealed record Report(ThemeClassifier Classifier, double BlendF1, double ClassifierF1, double RulesF1);

    public static Report Train(IReadOnlyList<(string Text, IReadOnlyList<ModerationTheme> Themes)> labelled)
    {
        var texts = labelled.Select(l => PreModerator.Normalise(l.Text, [])).ToArray();
        var features = texts.Select(Count).ToArray();
        var labels = labelled.Select(l => l.Themes.ToHashSet()).ToArray();
        var rules = texts.Select(t => ThemeDetector.SuggestByRules(t).Select(s => s.Theme).ToHashSet()).ToArray();

        var probabilities = new double[texts.Length][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = Enumerable.Range(0, texts.Length).Where(i => i % Folds != fold).ToArray();
            var model = Fit(features, labels, training, 0);
            for (var i = fold; i < texts.Length; i += Folds)
                probabilities[i] = model.Classify(texts[i]);
        }

        var thresholds = Enumerable.Range(5, 91).Select(p => p / 100.0).ToArray();
        var threshold = thresholds.MaxBy(t => MicroF1(labels, i => Above(probabilities[i], t)));
        return new Report(
            Fit(features, labels, Enumerable.Range(0, texts.Length).ToArray(), threshold),
            MicroF1(labels, i => Blend(rules[i], probabilities[i], threshold)),
            MicroF1(labels, i => Above(probabilities[i], threshold)),
            MicroF1(labels, i => rules[i]));
    }

    /// <summary>The texts and themes of the training sets, in the benchmark's JSON lines format.</summary>
    public static List<(string Text, IReadOnlyList<ModerationTheme> Themes)> ReadTrainingSets(string directory) =>
        [.. TrainingSets.SelectMany(file => File.ReadLines(Path.Combine(directory, file)))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var themes = json.RootElement.GetProperty("themes").EnumerateArray()
                    .Select(t => ModerationThemes.TryParse(t.GetString()!, out var theme) ? theme : throw new FormatException($"Unknown theme: {t}"))
                    .ToList();
                return (json.RootElement.GetProperty("text").GetString()!, (IReadOnlyList<ModerationTheme>)themes);
            })];

    private static ThemeClassifier Fit(Dictionary<string, int>[] features, HashSet<ModerationTheme>[] labels, int[] documents, double threshold)
    {
        var themes = ModerationThemes.All.Count;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in documents)
        {
            foreach (var feature in features[i].Keys)
                frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
        }

        var vocabulary = frequency.Where(p => p.Value >= MinDocumentFrequency).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var weights = new double[vocabulary.Length, themes];
        var bias = new double[themes];

        var order = (int[])documents.Clone();
        var random = new Random(23);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + 0.1 * epoch);
            foreach (var i in order)
            {
                var scale = 1 / Math.Sqrt(Math.Max(1, features[i].Values.Sum()));
                var known = features[i].Where(p => index.ContainsKey(p.Key)).Select(p => (Index: index[p.Key], Value: p.Value * scale)).ToArray();
                for (var t = 0; t < themes; t++)
                {
                    var z = bias[t];
                    foreach (var (f, x) in known)
                        z += weights[f, t] * x;
                    var gradient = 1 / (1 + Math.Exp(-z)) - (labels[i].Contains((ModerationTheme)t) ? 1 : 0);
                    bias[t] -= rate * gradient;
                    foreach (var (f, x) in known)
                        weights[f, t] -= rate * gradient * x;
                }
            }

            var decay = 1 - rate * L2 * order.Length;
            for (var f = 0; f < vocabulary.Length; f++)
            {
                for (var t = 0; t < themes; t++)
                    weights[f, t] *= decay;
            }
        }

        var shipped = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var f = 0; f < vocabulary.Length; f++)
        {
            var row = Enumerable.Range(0, themes).Select(t => (float)Math.Round(weights[f, t], 3)).ToArray();
            if (row.Any(w => w != 0))
                shipped[vocabulary[f]] = row;
        }

        return new ThemeClassifier(shipped, [.. bias.Select(b => (float)Math.Round(b, 3))], threshold);
    }

    private static Dictionary<string, int> Count(NormalisedText text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        ThemeClassifier.Visit(text, (feature, _, _) =>
        {
            var key = feature.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        });
        return counts;
    }

    private static HashSet<ModerationTheme> Above(double[] probabilities, double threshold) =>
        Enumerable.Range(0, probabilities.Length).Where(t => probabilities[t] >= threshold).Select(t => (ModerationTheme)t).ToHashSet();

    private static HashSet<ModerationTheme> Blend(HashSet<ModerationTheme> rules, double[] probabilities, double threshold) =>
        [.. rules, .. Above(probabilities, threshold)];

    private static double MicroF1(HashSet<ModerationTheme>[] labels, Func<int, HashSet<ModerationTheme>> suggest)
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
