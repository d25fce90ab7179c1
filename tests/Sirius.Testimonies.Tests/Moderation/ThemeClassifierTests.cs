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

    [Theory]
    [InlineData("Quand je demande pourquoi on commence si tôt, personne ne sait répondre.")]
    [InlineData("J'ai glissé sur le carrelage mouillé mais je ne me suis pas fait mal.")]
    [InlineData("Quand il pleut on reste à l'atelier pour affûter les lames.")]
    public void Atmosphere_is_not_suggested_from_words_that_only_sound_like_a_story_about_people(string text)
    {
        // Per-theme thresholds: « quand », « pendant » weigh a little towards this theme, not enough on their own.
        LinearTextClassifier.Themes.LabelThresholds.ShouldNotBeNull();
        PreModerator.Analyse(text).Themes.ShouldNotContain(t => t.Theme == ModerationTheme.IntegrationAndAtmosphere);
    }
}
