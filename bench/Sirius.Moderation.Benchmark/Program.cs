using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sirius.Testimonies.Domain.Moderation;

// Measures the pre-moderation against the hand-labelled verbatims:
//   dotnet run -c Release --project bench/Sirius.Moderation.Benchmark [-- --errors]
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(AppContext.BaseDirectory, "labelled-verbatims.jsonl");
var showErrors = args.Contains("--errors");
var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
var verbatims = File.ReadLines(path)
    .Where(line => line.Length > 0)
    .Select(line => JsonSerializer.Deserialize<Verbatim>(line, options)!)
    .ToList();

var personalKinds = new (string Label, FlagKind Kind)[]
{
    ("email", FlagKind.Email), ("phone", FlagKind.Phone), ("url", FlagKind.Url),
    ("handle", FlagKind.SocialHandle), ("firstName", FlagKind.FirstName), ("lastName", FlagKind.LastName),
};

var rows = new List<(string Name, Score Score)>();
var pii = new Score();
var perKind = personalKinds.ToDictionary(k => k.Label, _ => new Score());
var insult = new Score();
var gibberish = new Score();
var perTheme = ModerationThemes.All.ToDictionary(t => t, _ => new Score());
var themesMicro = new Score();
var errors = new StringBuilder();

foreach (var verbatim in verbatims)
{
    var result = PreModerator.Analyse(verbatim.Text);
    Record(pii, "pii", verbatim, verbatim.Pii, result.HasPersonalData, result);
    foreach (var (label, kind) in personalKinds)
        Record(perKind[label], label, verbatim, verbatim.PiiKinds.Contains(label), result.Has(kind), result);
    Record(insult, "insult", verbatim, verbatim.Insult, result.HasAbusiveLanguage, result);
    Record(gibberish, "gibberish", verbatim, verbatim.Gibberish, result.IsGibberish, result);
    foreach (var theme in ModerationThemes.All)
    {
        var expected = verbatim.Themes.Contains(ModerationThemes.Label(theme));
        var actual = result.Themes.Any(t => t.Theme == theme);
        Record(perTheme[theme], ModerationThemes.Label(theme), verbatim, expected, actual, result);
        themesMicro.Add(expected, actual);
    }
}

rows.Add(("Données personnelles (toutes)", pii));
rows.AddRange(personalKinds.Select(k => ($"— {k.Label}", perKind[k.Label])));
rows.Add(("Insultes / grossièretés", insult));
rows.Add(("Charabia / vide", gibberish));
rows.AddRange(ModerationThemes.All.Select(t => ($"Thème « {ModerationThemes.Label(t)} »", perTheme[t])));
rows.Add(("Thèmes (micro-moyenne)", themesMicro));

// Throughput: the whole set, over and over, on one thread, after a warm-up.
foreach (var verbatim in verbatims)
    PreModerator.Analyse(verbatim.Text);
var watch = Stopwatch.StartNew();
var analysed = 0;
while (watch.Elapsed < TimeSpan.FromSeconds(3))
{
    foreach (var verbatim in verbatims)
        PreModerator.Analyse(verbatim.Text);
    analysed += verbatims.Count;
}

watch.Stop();
var perSecond = analysed / watch.Elapsed.TotalSeconds;

var fr = CultureInfo.InvariantCulture;
Console.WriteLine($"{verbatims.Count} verbatims étiquetés ({Path.GetFileName(path)})");
Console.WriteLine();
Console.WriteLine("| Détecteur | Positifs attendus | VP | FP | FN | Précision | Rappel | F1 |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (name, score) in rows)
{
    Console.WriteLine(string.Create(fr,
        $"| {name} | {score.TruePositives + score.FalseNegatives} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(fr, $"Débit : {perSecond:0} textes/s sur un cœur ({analysed} analyses en {watch.Elapsed.TotalSeconds:0.0} s)."));
if (showErrors)
{
    Console.WriteLine();
    Console.Write(errors);
}

void Record(Score score, string name, Verbatim verbatim, bool expected, bool actual, PreModerationResult result)
{
    score.Add(expected, actual);
    if (expected != actual && showErrors)
    {
        errors.Append(expected ? "FN " : "FP ").Append(name).Append(" #").Append(verbatim.Id).Append(": ").AppendLine(verbatim.Text);
        foreach (var flag in result.Flags)
            errors.Append("    ").AppendLine(flag.Reason);
        foreach (var theme in result.Themes)
            errors.Append("    thème ").Append(theme.Label).Append(" ← ").AppendLine(string.Join(", ", theme.Triggers));
    }
}

internal sealed record Verbatim(int Id, string Text, bool Pii, string[] PiiKinds, bool Insult, bool Gibberish, string[] Themes);

internal sealed class Score
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool expected, bool actual)
    {
        if (expected && actual)
            TruePositives++;
        else if (actual)
            FalsePositives++;
        else if (expected)
            FalseNegatives++;
    }
}
