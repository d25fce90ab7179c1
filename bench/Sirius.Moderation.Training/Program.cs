using System.Globalization;
using Sirius.Testimonies.Domain.Moderation;

// Trains the theme and alert classifiers on the labelled training sets and prints their cross-validated scores:
//   dotnet run -c Release --project bench/Sirius.Moderation.Training [-- --write]
// With --write, replaces the models shipped in the Domain. Run from the repository root.
// With --by-writer, scores each held-out set written by another author with a theme model trained without it.
const string Sets = "tests/Sirius.Testimonies.Tests/Moderation";
const string Models = "src/Modules/Testimonies/Sirius.Testimonies.Domain/Moderation/Lexicons";
var fr = CultureInfo.InvariantCulture;

if (args.Contains("--by-writer"))
{
    foreach (var writer in ThemeModelTrainer.WriterSets)
    {
        var without = ThemeModelTrainer.Train(ThemeModelTrainer.ReadSets(Sets, ThemeModelTrainer.TrainingSets.Except([writer])));
        var score = ThemeModelTrainer.ScoreOn(without.Classifier, ThemeModelTrainer.ReadSets(Sets, [writer]));
        Console.WriteLine(string.Create(fr,
            $"Themes on {writer}, model trained without it: precision {score.Precision:0.000}, recall {score.Recall:0.000}, micro-F1 {score.F1:0.000}."));
    }

    return;
}

var themes = ThemeModelTrainer.ReadTrainingSets(Sets);
var themeReport = ThemeModelTrainer.Train(themes);
Console.WriteLine(string.Create(fr,
    $"Themes: {themes.Count} texts. Five-fold micro-F1: rules {themeReport.RulesF1:0.000} (in-sample), classifier alone {themeReport.ClassifierF1:0.000}, blend {themeReport.BlendF1:0.000} at threshold {themeReport.Classifier.Threshold:0.00}, blend calibrated per theme {themeReport.CalibratedBlendF1:0.000}."));

var alerts = AlertModelTrainer.ReadTrainingSets(Sets);
var alertReport = AlertModelTrainer.Train(alerts);
Console.WriteLine(string.Create(fr,
    $"Alerts: {alerts.Count} texts, {alerts.Count(a => a.Categories.Count > 0)} alerts. Threshold {alertReport.Classifier.Threshold:0.00}. Precision / recall: rules {Show(alertReport.Rules)} (in-sample), classifier alone {Show(alertReport.ClassifierAlone)} (five-fold), blend {Show(alertReport.Blend)}."));

if (args.Contains("--write"))
{
    File.WriteAllText(Path.Combine(Models, LinearTextClassifier.ThemeModel), themeReport.Classifier.Write());
    File.WriteAllText(Path.Combine(Models, LinearTextClassifier.AlertModel), alertReport.Classifier.Write());
    Console.WriteLine($"Written to {Models}.");
}

string Show(AlertModelTrainer.Score score) => string.Create(fr, $"{score.Precision:0.000} / {score.Recall:0.000}");
