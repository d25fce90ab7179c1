using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class PreModeratorTests
{
    [Fact]
    public void A_clean_testimony_comes_back_unchanged_without_flags()
    {
        const string text = "Mon tuteur est patient et j'apprends beaucoup, je recommande l'apprentissage.";

        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe(text);
        result.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void Flags_come_in_the_order_of_the_text()
    {
        var result = PreModerator.Analyse("Mon chef Karim est un connard, appelez le 06 12 34 56 78.");

        result.Flags.Select(f => f.Kind).ShouldBe([FlagKind.FirstName, FlagKind.Insult, FlagKind.Phone]);
        result.AnonymisedText.ShouldBe("Mon chef [prénom] est un connard, appelez le [téléphone].");
    }

    [Fact]
    public void Analysing_from_many_threads_at_once_gives_the_same_results()
    {
        string[] texts =
        [
            "Mon tuteur Kevin est top, appelle-le au 06 12 34 56 78.",
            "Le patron est un connard, les horaires sont nuls.",
            "qsdfghjklm",
            "L'ambiance au CFA est bonne et le matériel est neuf.",
        ];
        var expected = texts.Select(PreModerator.Analyse).Select(Describe).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = Describe(PreModerator.Analyse(texts[i % texts.Length])));

        for (var i = 0; i < results.Length; i++)
            results[i].ShouldBe(expected[i % texts.Length]);
    }

    private static string Describe(PreModerationResult result) =>
        $"{result.AnonymisedText}|{string.Join(";", result.Flags.Select(f => f.Reason))}|{string.Join(";", result.Themes.Select(t => t.Label))}";
}
