using System.Globalization;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// One-vs-rest logistic regression over the words of a text: folded word keys, pairs of adjacent keys and the
/// character 3- and 4-grams of each key, so that a misspelt word still shares most of its features with the
/// spelling it was trained on. Two are shipped, each trained by <see cref="LinearModelTrainer"/> and embedded from
/// Lexicons: the themes (<see cref="ThemeModelTrainer"/>, one label per <see cref="ModerationTheme"/>) and the
/// alerts (<see cref="AlertModelTrainer"/>, one label per <see cref="AlertCategory"/>).
/// </summary>
internal sealed class LinearTextClassifier
{
    public const string ThemeModel = "theme-model.txt";
    public const string AlertModel = "alert-model.txt";

    public const int TriggersPerLabel = 3;

    private readonly Dictionary<string, float[]> weights;
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly float[] bias;

    public LinearTextClassifier(Dictionary<string, float[]> weights, float[] bias, double threshold, double[]? labelThresholds = null, double[]? labelVetoes = null)
    {
        this.weights = weights;
        lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        this.bias = bias;
        Threshold = threshold;
        LabelThresholds = labelThresholds;
        LabelVetoes = labelVetoes;
    }

    public static LinearTextClassifier Themes { get; } = Read(ShippedModel(ThemeModel));

    public static LinearTextClassifier Alerts { get; } = Read(ShippedModel(AlertModel));

    /// <summary>Probability from which the classifier gives a label on its own (chosen by cross-validation).</summary>
    public double Threshold { get; }

    /// <summary>Per-label probability from which the classifier gives the label on its own, when calibrated per label.</summary>
    public double[]? LabelThresholds { get; }

    /// <summary>Per-label probability below which a rule's suggestion of the label is vetoed, when calibrated per label.</summary>
    public double[]? LabelVetoes { get; }

    public double ThresholdOf(int label) => LabelThresholds?[label] ?? Threshold;

    public LinearTextClassifier Calibrated(double[] labelThresholds, double[] labelVetoes) =>
        new(weights, bias, Threshold, labelThresholds, labelVetoes);

    public delegate void FeatureVisitor(ReadOnlySpan<char> feature, int token, bool pair);

    /// <summary>The probability of each label.</summary>
    public double[] Classify(NormalisedText text)
    {
        var logits = Array.ConvertAll(bias, b => (double)b);
        var count = 0;
        Visit(text, (feature, _, _) =>
        {
            count++;
            if (lookup.TryGetValue(feature, out var w))
            {
                for (var t = 0; t < logits.Length; t++)
                    logits[t] += w[t];
            }
        });

        var scale = count == 0 ? 0 : 1 / Math.Sqrt(count);
        for (var t = 0; t < logits.Length; t++)
            logits[t] = 1 / (1 + Math.Exp(-(bias[t] + (logits[t] - bias[t]) * scale)));
        return logits;
    }

    /// <summary>The words of the original text whose features weighed most for the label, strongest first.</summary>
    public IReadOnlyList<string> Triggers(NormalisedText text, int label) =>
        [.. TriggerTokens(text, label).Select(i => text.Slice(i, i)).Distinct(StringComparer.OrdinalIgnoreCase).Take(TriggersPerLabel)];

    /// <summary>The positions of the words that weighed for the label, strongest first.</summary>
    public IEnumerable<int> TriggerTokens(NormalisedText text, int label)
    {
        var contributions = new double[text.Tokens.Length];
        Visit(text, (feature, token, pair) =>
        {
            if (lookup.TryGetValue(feature, out var w))
            {
                contributions[token] += pair ? w[label] / 2 : w[label];
                if (pair)
                    contributions[token + 1] += w[label] / 2;
            }
        });

        return Enumerable.Range(0, contributions.Length)
            .Where(i => contributions[i] > 0)
            .OrderByDescending(i => contributions[i]).ThenBy(i => i);
    }

    /// <summary>
    /// Every feature occurrence of the text: the key of each word ("w:"), each pair of adjacent keys ("b:", reported
    /// on its first word) and the character 3- and 4-grams of each key padded with &lt; and &gt; ("c:").
    /// Masked personal data is left out.
    /// </summary>
    public static void Visit(NormalisedText text, FeatureVisitor visit)
    {
        var keys = text.Keys;
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (text.Masked[i] || key.Length == 0 || key.Length > 100)
                continue;
            visit(Compose(buffer, "w:", key, ""), i, false);
            if (i + 1 < keys.Length && !text.Masked[i + 1] && keys[i + 1].Length is > 0 and <= 100)
                visit(Compose(buffer, "b:", key, " " + keys[i + 1]), i, true);

            var padded = Compose(buffer[128..], "<", key, ">");
            for (var n = 3; n <= 4 && n < padded.Length; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                    visit(Compose(buffer, "c:", padded.Slice(start, n), ""), i, false);
            }
        }

        static ReadOnlySpan<char> Compose(Span<char> buffer, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
        {
            a.CopyTo(buffer);
            b.CopyTo(buffer[a.Length..]);
            c.CopyTo(buffer[(a.Length + b.Length)..]);
            return buffer[..(a.Length + b.Length + c.Length)];
        }
    }

    /// <summary>The model file: a header "threshold", optional per-label "label-thresholds" and "label-vetoes", a line "bias" and one line per feature, weights per label.</summary>
    public string Write()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.WriteLine("# Generated by: dotnet run -c Release --project bench/Sirius.Moderation.Training -- --write");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.00}"));
        if (LabelThresholds is not null)
            writer.WriteLine("label-thresholds\t" + string.Join(' ', LabelThresholds.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture))));
        if (LabelVetoes is not null)
            writer.WriteLine("label-vetoes\t" + string.Join(' ', LabelVetoes.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture))));
        writer.WriteLine("bias\t" + Join(bias));
        foreach (var (feature, w) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine(feature + "\t" + Join(w));
        return writer.ToString();

        static string Join(float[] values) =>
            string.Join(' ', values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)));
    }

    public static LinearTextClassifier Read(string model)
    {
        var lines = model.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();
        var threshold = double.Parse(lines[0].Split('\t')[1], CultureInfo.InvariantCulture);
        var next = 1;
        var labelThresholds = lines[next].StartsWith("label-thresholds\t", StringComparison.Ordinal) ? Doubles(lines[next++]) : null;
        var labelVetoes = lines[next].StartsWith("label-vetoes\t", StringComparison.Ordinal) ? Doubles(lines[next++]) : null;
        var bias = Parse(lines[next].Split('\t')[1]);
        var weights = new Dictionary<string, float[]>(lines.Length, StringComparer.Ordinal);
        foreach (var line in lines.Skip(next + 1))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            weights[line[..tab]] = Parse(line[(tab + 1)..]);
        }

        return new LinearTextClassifier(weights, bias, threshold, labelThresholds, labelVetoes);

        static double[] Doubles(string line) =>
            Array.ConvertAll(line.Split('\t')[1].Split(' '), v => double.Parse(v, CultureInfo.InvariantCulture));

        static float[] Parse(string values) =>
            Array.ConvertAll(values.Split(' '), v => float.Parse(v, CultureInfo.InvariantCulture));
    }

    /// <summary>The text of a model file embedded in the assembly.</summary>
    public static string ShippedModel(string file)
    {
        using var stream = typeof(LinearTextClassifier).Assembly.GetManifestResourceStream("Sirius.Testimonies.Domain." + file)
            ?? throw new InvalidOperationException($"The model {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
