using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sirius.Testimonies.Domain.Moderation;

// Measures the pre-moderation against hand-labelled verbatims:
//   dotnet run -c Release --project bench/Sirius.Moderation.Benchmark [-- --errors] [file.jsonl ...]
// Without files: the labelled set the rules were written alongside, then every held-out set (heldout-*.jsonl)
// written after them.
var showErrors = args.Contains("--errors");
var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (paths.Count == 0)
{
    paths.Add(Path.Combine(AppContext.BaseDirectory, "labelled-verbatims.jsonl"));
    paths.AddRange(Directory.GetFiles(AppContext.BaseDirectory, "heldout-*.jsonl").Order(StringComparer.Ordinal));
}

var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
var fr = CultureInfo.InvariantCulture;
var errors = new StringBuilder();
List<Verbatim>? first = null;
foreach (var path in paths.Where(File.Exists))
{
    var verbatims = File.ReadLines(path)
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<Verbatim>(line, options)!)
        .ToList();
    first ??= verbatims;
    Evaluate(Path.GetFileName(path), verbatims);
}

if (first is null)
{
    Console.Error.WriteLine("No labelled set found.");
    return 1;
}

// Throughput: the first set, over and over, on one thread, after a warm-up. CPU time is reported
// beside wall time because on a shared machine the wall clock also counts other people's work.
foreach (var verbatim in first)
    PreModerator.Analyse(verbatim.Text);
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var watch = Stopwatch.StartNew();
var analysed = 0;
while (watch.Elapsed < TimeSpan.FromSeconds(5))
{
    foreach (var verbatim in first)
        PreModerator.Analyse(verbatim.Text);
    analysed += first.Count;
}

watch.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
Console.WriteLine(string.Create(fr,
    $"Throughput on one thread: {analysed / cpu:0} texts per CPU second, {analysed / watch.Elapsed.TotalSeconds:0} texts per wall-clock second ({analysed} analyses, {cpu:0.0} s CPU, {watch.Elapsed.TotalSeconds:0.0} s elapsed, {Environment.ProcessorCount} shared cores)."));
if (showErrors)
{
    Console.WriteLine();
    Console.Write(errors);
}

return 0;

void Evaluate(string name, List<Verbatim> verbatims)
{
    var personalKinds = new (string Label, FlagKind Kind)[]
    {
        ("email", FlagKind.Email), ("phone", FlagKind.Phone), ("url", FlagKind.Url),
        ("handle", FlagKind.SocialHandle), ("firstName", FlagKind.FirstName), ("lastName", FlagKind.LastName),
        ("address", FlagKind.Address),
    };

    var rows = new List<(string Name, Score Score)>();
    var pii = new Score();
    var perKind = personalKinds.ToDictionary(k => k.Label, _ => new Score());
    var insult = new Score();
    var gibberish = new Score();
    var perTheme = ModerationThemes.All.ToDictionary(t => t, _ => new Score());
    var themesMicro = new Score();
    var alert = new Score();
    var perAlert = Enum.GetValues<AlertCategory>().ToDictionary(c => c, _ => new Score());
    var categoriesFlagged = 0;
    var categoriesRight = 0;
    var itemsExpected = 0;
    var itemsMasked = 0;

    foreach (var verbatim in verbatims)
    {
        var result = PreModerator.Analyse(verbatim.Text);
        Record(pii, "pii", verbatim, verbatim.Pii, result.HasPersonalData, result);
        foreach (var (label, kind) in personalKinds)
            Record(perKind[label], label, verbatim, verbatim.PiiKinds.Contains(label), result.Has(kind), result);
        Record(insult, "insult", verbatim, verbatim.Insult, result.HasAbusiveLanguage, result);
        Record(gibberish, "gibberish", verbatim, verbatim.Gibberish, result.IsGibberish, result);
        Record(alert, "alert", verbatim, verbatim.Alert, result.HasAlert, result);
        foreach (var category in Enum.GetValues<AlertCategory>())
        {
            var expected = verbatim.AlertCategories.Contains(category.ToString());
            Record(perAlert[category], $"alert {category}", verbatim, expected, expected ? result.Flags.Any(f => f.Alert == category) : false, result);
        }

        if (verbatim.Alert)
        {
            var flagged = result.Flags.Where(f => f.Alert is not null).Select(f => f.Alert!.Value.ToString()).Distinct().ToList();
            categoriesFlagged += flagged.Count;
            categoriesRight += flagged.Count(verbatim.AlertCategories.Contains);
            if (showErrors && flagged.Count > 0 && !flagged.All(verbatim.AlertCategories.Contains))
                errors.Append("CATEGORY #").Append(verbatim.Id).Append(" flagged ").Append(string.Join(", ", flagged))
                    .Append(", labelled ").Append(string.Join(", ", verbatim.AlertCategories)).Append(": ").AppendLine(verbatim.Text);
        }

        foreach (var item in verbatim.PiiItems)
        {
            itemsExpected++;
            if (!result.AnonymisedText.Contains(item, StringComparison.Ordinal))
                itemsMasked++;
            else if (showErrors)
                errors.Append("UNMASKED #").Append(verbatim.Id).Append(" « ").Append(item).Append(" »: ").AppendLine(result.AnonymisedText);
        }
        foreach (var theme in ModerationThemes.All)
        {
            var expected = verbatim.Themes.Contains(ModerationThemes.Label(theme));
            var actual = result.Themes.Any(t => t.Theme == theme);
            Record(perTheme[theme], ModerationThemes.Label(theme), verbatim, expected, actual, result);
            themesMicro.Add(expected, actual);
        }
    }

    rows.Add(("Personal data (any)", pii));
    rows.AddRange(personalKinds.Select(k => ($"— {k.Label}", perKind[k.Label])));
    rows.Add(("Insults / vulgarity", insult));
    rows.Add(("Gibberish / empty", gibberish));
    rows.Add(("Alerts (any category)", alert));
    rows.AddRange(Enum.GetValues<AlertCategory>().Select(c => ($"— alert {c} (recall only)", perAlert[c])));
    rows.AddRange(ModerationThemes.All.Select(t => ($"Theme « {ModerationThemes.Label(t)} »", perTheme[t])));
    rows.Add(("Themes (micro-average)", themesMicro));

    Console.WriteLine($"{name}: {verbatims.Count} labelled verbatims");
    Console.WriteLine();
    Console.WriteLine("| Detector | Expected positives | TP | FP | FN | Precision | Recall | F1 |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (label, score) in rows)
    {
        Console.WriteLine(string.Create(fr,
            $"| {label} | {score.TruePositives + score.FalseNegatives} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |"));
    }

    Console.WriteLine();
    if (categoriesFlagged > 0)
    {
        Console.WriteLine(string.Create(fr,
            $"Alert categories flagged on labelled alerts: {categoriesRight} of {categoriesFlagged} among the labelled ones ({(double)categoriesRight / categoriesFlagged:0.000})."));
        Console.WriteLine();
    }

    if (itemsExpected > 0)
    {
        Console.WriteLine(string.Create(fr,
            $"Personal-data items masked: {itemsMasked} of {itemsExpected} ({(double)itemsMasked / itemsExpected:0.000}), over the {verbatims.Count(v => v.PiiItems.Length > 0)} verbatims that list their items."));
        Console.WriteLine();
    }
}

void Record(Score score, string detector, Verbatim verbatim, bool expected, bool actual, PreModerationResult result)
{
    score.Add(expected, actual);
    if (expected != actual && showErrors)
    {
        errors.Append(expected ? "FN " : "FP ").Append(detector).Append(" #").Append(verbatim.Id).Append(": ").AppendLine(verbatim.Text);
        foreach (var flag in result.Flags)
            errors.Append("    ").AppendLine(flag.Reason);
        foreach (var theme in result.Themes)
            errors.Append("    theme ").Append(theme.Label).Append(" ← ").AppendLine(string.Join(", ", theme.Triggers));
    }
}

internal sealed record Verbatim(int Id, string Text, bool Pii, string[] PiiKinds, bool Insult, bool Gibberish, string[] Themes)
{
    /// <summary>The writer reports harm suffered: a moderator would give the « Alerte » status.</summary>
    public bool Alert { get; init; }

    /// <summary><see cref="AlertCategory"/> names of the harm reported.</summary>
    public string[] AlertCategories { get; init; } = [];

    /// <summary>Exact substrings of personal data that must not survive in the anonymised text.</summary>
    public string[] PiiItems { get; init; } = [];
}

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
