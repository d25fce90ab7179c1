using System.Globalization;
using Sirius.Testimonies.Domain.Moderation;

// Trains the theme classifier on the labelled training sets and prints its cross-validated micro-F1:
//   dotnet run -c Release --project bench/Sirius.Moderation.Training [-- --write]
// With --write, replaces the model shipped in the Domain. Run from the repository root.
const string Sets = "tests/Sirius.Testimonies.Tests/Moderation";
const string Model = "src/Modules/Testimonies/Sirius.Testimonies.Domain/Moderation/Lexicons/theme-model.txt";

var labelled = ThemeModelTrainer.ReadTrainingSets(Sets);
var report = ThemeModelTrainer.Train(labelled);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{labelled.Count} texts. Five-fold micro-F1: rules {report.RulesF1:0.000} (in-sample), classifier alone {report.ClassifierF1:0.000}, blend {report.BlendF1:0.000} at threshold {report.Classifier.Threshold:0.00}."));
if (args.Contains("--write"))
{
    File.WriteAllText(Model, report.Classifier.Write());
    Console.WriteLine($"Written to {Model}.");
}
