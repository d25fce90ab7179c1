using System.Text.Json;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Fits a <see cref="LinearTextClassifier"/> deterministically (a fixed shuffle, a fixed number of passes of
/// stochastic gradient descent with L2 decay), one logistic regression per label over the same features.
/// </summary>
/// <remarks><c>l2</c> is the decay per text and pass: each model chooses how strongly it smooths.</remarks>
internal static class LinearModelTrainer
{
    private const int Epochs = 40;
    private const double LearningRate = 1.0;
    private const int MinDocumentFrequency = 2;
    public const int Folds = 5;

    /// <summary>The lines of labelled JSON sets of tests/Sirius.Testimonies.Tests/Moderation, in file order.</summary>
    public static List<T> ReadSets<T>(string directory, IEnumerable<string> files, Func<JsonElement, T> read) =>
        [.. files.SelectMany(file => File.ReadLines(Path.Combine(directory, file)))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                return read(json.RootElement);
            })];

    /// <summary>The probabilities each text gets from a model fitted without its fold (text i is in fold i mod 5).</summary>
    public static double[][] CrossValidate(NormalisedText[] texts, Dictionary<string, int>[] features, HashSet<int>[] labels, int labelCount, double l2)
    {
        var probabilities = new double[features.Length][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = Enumerable.Range(0, features.Length).Where(i => i % Folds != fold).ToArray();
            var model = Fit(features, labels, labelCount, training, 0, l2);
            for (var i = fold; i < features.Length; i += Folds)
                probabilities[i] = model.Classify(texts[i]);
        }

        return probabilities;
    }

    public static LinearTextClassifier Fit(Dictionary<string, int>[] features, HashSet<int>[] labels, int labelCount, int[] documents, double threshold, double l2)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in documents)
        {
            foreach (var feature in features[i].Keys)
                frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
        }

        var vocabulary = frequency.Where(p => p.Value >= MinDocumentFrequency).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var weights = new double[vocabulary.Length, labelCount];
        var bias = new double[labelCount];

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
                for (var t = 0; t < labelCount; t++)
                {
                    var z = bias[t];
                    foreach (var (f, x) in known)
                        z += weights[f, t] * x;
                    var gradient = 1 / (1 + Math.Exp(-z)) - (labels[i].Contains(t) ? 1 : 0);
                    bias[t] -= rate * gradient;
                    foreach (var (f, x) in known)
                        weights[f, t] -= rate * gradient * x;
                }
            }

            var decay = 1 - rate * l2 * order.Length;
            for (var f = 0; f < vocabulary.Length; f++)
            {
                for (var t = 0; t < labelCount; t++)
                    weights[f, t] *= decay;
            }
        }

        var shipped = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var f = 0; f < vocabulary.Length; f++)
        {
            var row = Enumerable.Range(0, labelCount).Select(t => (float)Math.Round(weights[f, t], 3)).ToArray();
            if (row.Any(w => w != 0))
                shipped[vocabulary[f]] = row;
        }

        return new LinearTextClassifier(shipped, [.. bias.Select(b => (float)Math.Round(b, 3))], threshold);
    }

    /// <summary>How often each feature of <see cref="LinearTextClassifier.Visit"/> occurs in the text.</summary>
    public static Dictionary<string, int> Count(NormalisedText text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        LinearTextClassifier.Visit(text, (feature, _, _) =>
        {
            var key = feature.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        });
        return counts;
    }
}
