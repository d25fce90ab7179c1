using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class ThemeClassifierTests
{
    private const string Command = "run: dotnet run -c Release --project bench/Sirius.Moderation.Training -- --write";

    [Fact]
    public void The_shipped_model_is_what_the_training_command_produces()
    {
        var labelled = ThemeModelTrainer.ReadTrainingSets(Path.Combine(AppContext.BaseDirectory, "Moderation"));

        var trained = ThemeModelTrainer.Train(labelled).Classifier.Write();

        trained.ShouldBe(LinearTextClassifier.Themes.Write(), Command);
        trained.ShouldBe(LinearTextClassifier.ShippedModel(LinearTextClassifier.ThemeModel));
    }

    [Fact]
    public void The_shipped_alert_model_is_what_the_training_command_produces()
    {
        var labelled = AlertModelTrainer.ReadTrainingSets(Path.Combine(AppContext.BaseDirectory, "Moderation"));

        var trained = AlertModelTrainer.Train(labelled).Classifier.Write();

        trained.ShouldBe(LinearTextClassifier.Alerts.Write(), Command);
        trained.ShouldBe(LinearTextClassifier.ShippedModel(LinearTextClassifier.AlertModel));
    }

    // A phrasing the rules have no cue for; the classifier learned its words from the training sets.
    [Fact]
    public void The_classifier_suggests_a_theme_the_rules_miss_with_the_words_that_weighed()
    {
        const string text = "on se couvre les uns les autres dans l'equipe, personne te laisse galerer seul";
        const ModerationTheme theme = ModerationTheme.IntegrationAndAtmosphere;
        var normalised = NormalisedText.From(text);
        var byRules = ThemeDetector.SuggestByRules(normalised).Select(s => s.Theme).ToList();

        var suggestion = PreModerator.Analyse(text).Themes.Where(t => t.Theme == theme).ShouldHaveSingleItem();

        byRules.ShouldNotContain(theme);
        suggestion.Triggers.ShouldNotBeEmpty();
        suggestion.Triggers.ShouldAllBe(word => text.Contains(word, StringComparison.Ordinal));
    }

    // No rule cue and no theme above its threshold: the theme nearest its own threshold is still suggested.
    [Fact]
    public void A_text_that_speaks_of_something_gets_the_theme_nearest_its_threshold()
    {
        const string text = "Les formateurs répondent toujours à nos questions même après la fin du cours, ils restent un moment avec nous.";
        var normalised = NormalisedText.From(text);
        var classifier = LinearTextClassifier.Themes;
        var probabilities = classifier.Classify(normalised);
        ThemeDetector.SuggestByRules(normalised).ShouldBeEmpty();
        ModerationThemes.All.ShouldAllBe(t => probabilities[(int)t] < classifier.ThresholdOf((int)t));

        var suggestion = PreModerator.Analyse(text).Themes.ShouldHaveSingleItem();

        suggestion.Theme.ShouldBe(ModerationTheme.AtmosphereAtCfa);
        suggestion.Triggers.ShouldAllBe(word => text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rien à signaler.")]
    [InlineData("Je n'ai pas grand-chose à ajouter, tout est dit dans les réponses d'avant, merci et bonne journée à vous.")]
    public void A_text_about_nothing_in_particular_gets_no_theme(string text) =>
        PreModerator.Analyse(text).Themes.ShouldBeEmpty();

    // The same leaning as above in a short remark is not enough to guess.
    [Fact]
    public void A_short_remark_with_no_cue_gets_no_guessed_theme()
    {
        const string text = "Les profs restent après le cours.";
        var classifier = LinearTextClassifier.Themes;
        var probabilities = classifier.Classify(NormalisedText.From(text));
        ThemeDetector.SuggestByRules(NormalisedText.From(text)).ShouldBeEmpty();
        ModerationThemes.All.ShouldContain(t => probabilities[(int)t] >= ThemeDetector.Fallback * classifier.ThresholdOf((int)t));

        PreModerator.Analyse(text).Themes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Quand je demande pourquoi on commence si tôt, personne ne sait répondre.")]
    [InlineData("J'ai glissé sur le carrelage mouillé mais je ne me suis pas fait mal.")]
    [InlineData("Quand il pleut on reste à l'atelier pour affûter les lames.")]
    public void Atmosphere_is_not_suggested_from_words_that_only_sound_like_a_story_about_people(string text)
    {
        // Per-theme thresholds: « quand », « pendant » weigh a little towards this theme, not enough on their own.
        // (A text with no other cue may still get it as the theme nearest its threshold: see the fallback test.)
        var classifier = LinearTextClassifier.Themes;
        const int theme = (int)ModerationTheme.IntegrationAndAtmosphere;

        classifier.Classify(NormalisedText.From(text))[theme].ShouldBeLessThan(classifier.ThresholdOf(theme));
        ThemeDetector.SuggestByRules(NormalisedText.From(text)).ShouldNotContain(s => s.Theme == ModerationTheme.IntegrationAndAtmosphere);
    }
}
