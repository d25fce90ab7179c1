using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class ThemeTests
{
    [Theory]
    [InlineData("L'équipe m'a bien accueilli, je me suis vite intégré.", ModerationTheme.IntegrationAndAtmosphere)]
    [InlineData("Sur le terrain on apprend les gestes du métier.", ModerationTheme.LearningTheTrade)]
    [InlineData("Les horaires sont durs, on finit tard le samedi.", ModerationTheme.WorkingHours)]
    [InlineData("Deux semaines en entreprise, une semaine au CFA : l'alternance c'est un rythme.", ModerationTheme.CompanySchoolRhythm)]
    [InlineData("On a cinq semaines de congés, fini les grandes vacances.", ModerationTheme.FewerHolidays)]
    [InlineData("Une journée type au garage : diagnostic le matin, réparations l'après-midi.", ModerationTheme.TypicalDayInCompany)]
    [InlineData("Au CFA l'ambiance est super, on s'entraide entre camarades.", ModerationTheme.AtmosphereAtCfa)]
    [InlineData("Les cours au CFA sont difficiles, j'ai du mal à suivre.", ModerationTheme.DifficultyOfClasses)]
    [InlineData("Les matières générales et les TP de soudure sont bien enseignés, le programme est complet.", ModerationTheme.TeachingOffered)]
    [InlineData("Le matériel de l'atelier est vieux et les ordinateurs rament.", ModerationTheme.Equipment)]
    [InlineData("Le bâtiment n'a pas d'ascenseur pour les personnes en fauteuil.", ModerationTheme.DisabilityAccess)]
    [InlineData("Trop de travail, je suis débordé et épuisé.", ModerationTheme.Workload)]
    [InlineData("Au CFA une journée type : cours le matin, cantine, puis TP.", ModerationTheme.TypicalDayAtCfa)]
    [InlineData("J'ai trouvé mon rythme, entre le sport, les trajets et ma vie perso.", ModerationTheme.PersonalPace)]
    public void A_typical_sentence_suggests_its_theme(string text, ModerationTheme theme)
    {
        PreModerator.Analyse(text).Themes.ShouldContain(t => t.Theme == theme);
    }

    [Fact]
    public void Plural_forms_and_missing_accents_suggest_the_same_theme()
    {
        PreModerator.Analyse("mes horaire changent").Themes.ShouldContain(t => t.Theme == ModerationTheme.WorkingHours);
        PreModerator.Analyse("les equipements sont neufs").Themes.ShouldContain(t => t.Theme == ModerationTheme.Equipment);
        PreModerator.Analyse("pas de vacance cette annee").Themes.ShouldContain(t => t.Theme == ModerationTheme.FewerHolidays);
    }

    [Fact]
    public void The_same_word_means_the_cfa_or_the_company_depending_on_the_sentence()
    {
        var atCfa = PreModerator.Analyse("L'ambiance en classe au CFA est top.").Themes.Select(t => t.Theme).ToList();
        var atWork = PreModerator.Analyse("L'ambiance dans l'entreprise est top.").Themes.Select(t => t.Theme).ToList();

        atCfa.ShouldContain(ModerationTheme.AtmosphereAtCfa);
        atCfa.ShouldNotContain(ModerationTheme.IntegrationAndAtmosphere);
        atWork.ShouldContain(ModerationTheme.IntegrationAndAtmosphere);
        atWork.ShouldNotContain(ModerationTheme.AtmosphereAtCfa);
    }

    [Fact]
    public void A_theme_lists_the_words_of_the_text_that_suggested_it()
    {
        var theme = PreModerator.Analyse("Les horaires sont décalés, on bosse tard.").Themes
            .ShouldHaveSingleItem();

        theme.Label.ShouldBe("Horaires de travail");
        theme.Triggers.ShouldBe(["horaires", "décalés", "bosse tard"], ignoreOrder: true);
    }

    [Fact]
    public void A_text_about_nothing_in_particular_suggests_no_theme()
    {
        PreModerator.Analyse("Je conseille de bien choisir avant de signer.").Themes.ShouldBeEmpty();
    }

    [Fact]
    public void The_fourteen_themes_have_their_french_labels()
    {
        ModerationThemes.All.Select(ModerationThemes.Label).ShouldBe(
        [
            "Intégration et ambiance", "Apprentissage du métier", "Horaires de travail", "Rythme entreprise / école",
            "Moins de vacances", "Journée type en entreprise", "Ambiance au CFA", "Difficulté des cours",
            "Enseignements proposés", "Équipements", "Accessibilité handicap", "Charge de travail",
            "Journée type au CFA", "Rythme personnel",
        ]);
        ModerationThemes.TryParse("Équipements", out var equipment).ShouldBeTrue();
        equipment.ShouldBe(ModerationTheme.Equipment);
    }
}
