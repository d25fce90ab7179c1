using System.Text.Json;
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

    // Written for these tests, in the apprentices' own spelling; in none of the labelled sets.
    [Theory]
    [InlineData("les gars du chantier m'ont vite fait une place, on se marre bien", ModerationTheme.IntegrationAndAtmosphere)]
    [InlineData("G appris a regler un carbu et a changer une courroie tout seul", ModerationTheme.LearningTheTrade)]
    [InlineData("je taf de 6h a 14h et un samedi sur deux", ModerationTheme.WorkingHours)]
    [InlineData("3 semaines en boite, 1 semaine au centre de formation", ModerationTheme.CompanySchoolRhythm)]
    [InlineData("les vacs c fini, j'ai droit qu'a 5 semaines de conges", ModerationTheme.FewerHolidays)]
    [InlineData("le matin je fais la mise en rayon, ensuite je passe en caisse jusqu'a la fermeture", ModerationTheme.TypicalDayInCompany)]
    [InlineData("au cfa ma classe est grave soudee, on se soutient entre nous", ModerationTheme.AtmosphereAtCfa)]
    [InlineData("en cours de compta jsuis largue, le prof va trop vite", ModerationTheme.DifficultyOfClasses)]
    [InlineData("au cfa y a pas assez de pratique, que de la theorie", ModerationTheme.TeachingOffered)]
    [InlineData("les perceuses de la boite sont vetustes et les echafaudages pas surs", ModerationTheme.Equipment)]
    [InlineData("jsuis dyslexique, j'ai eu un tiers temps pour le CAP", ModerationTheme.DisabilityAccess)]
    [InlineData("on est en sous effectif, je fais le taf de trois personnes", ModerationTheme.Workload)]
    [InlineData("journee au cfa : appel a 8h, cours, self a midi, atelier l'aprem", ModerationTheme.TypicalDayAtCfa)]
    [InlineData("1h de bus matin et soir, plus le temps pour mes potes", ModerationTheme.PersonalPace)]
    public void An_apprentice_written_sentence_suggests_its_theme(string text, ModerationTheme theme)
    {
        PreModerator.Analyse(text).Themes.ShouldContain(t => t.Theme == theme);
    }

    [Fact]
    public void A_short_answer_with_a_single_weak_cue_still_gets_its_best_theme()
    {
        var theme = PreModerator.Analyse("grosse galère avec le bus").Themes.ShouldHaveSingleItem();

        theme.Theme.ShouldBe(ModerationTheme.PersonalPace);
        theme.Triggers.ShouldBe(["bus"]);
    }

    [Fact]
    public void A_cue_too_common_to_stand_alone_suggests_nothing_by_itself()
    {
        PreModerator.Analyse("Je réponds à tous les messages.").Themes.ShouldBeEmpty();
    }

    [Fact]
    public void A_weekly_number_of_hours_speaks_of_working_hours()
    {
        var theme = PreModerator.Analyse("Franchement on fait du 42h mais c'est payé.").Themes.ShouldHaveSingleItem();

        theme.Theme.ShouldBe(ModerationTheme.WorkingHours);
        theme.Triggers.ShouldBe(["42h"]);
    }

    // Floors a little under what was measured (docs/adr/0016-theme-suggestions.md): the in-sample set (the rules were
    // written and the classifier trained on it), then two sets neither was tuned or trained on.
    [Theory]
    [InlineData("labelled-verbatims.jsonl", 0.84)]
    [InlineData("theme-corpus-final.jsonl", 0.73)]
    [InlineData("heldout-verbatims.jsonl", 0.69)]
    public void Suggestions_agree_with_the_labels_of_a_set(string file, double floor)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        int agreed = 0, suggested = 0, expected = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Moderation", file)).Where(l => l.Length > 0))
        {
            var verbatim = JsonSerializer.Deserialize<ThemedVerbatim>(line, options)!;
            var themes = PreModerator.Analyse(verbatim.Text).Themes.Select(t => t.Label).ToList();
            agreed += themes.Count(verbatim.Themes.Contains);
            suggested += themes.Count;
            expected += verbatim.Themes.Length;
        }

        var f1 = 2.0 * agreed / (suggested + expected);
        f1.ShouldBeGreaterThanOrEqualTo(floor);
    }

    [Fact]
    public void Plural_forms_and_missing_accents_suggest_the_same_theme()
    {
        PreModerator.Analyse("mes horaire changent").Themes.ShouldContain(t => t.Theme == ModerationTheme.WorkingHours);
        PreModerator.Analyse("les equipements sont neufs").Themes.ShouldContain(t => t.Theme == ModerationTheme.Equipment);
        PreModerator.Analyse("pas de vacance cette annee").Themes.ShouldContain(t => t.Theme == ModerationTheme.FewerHolidays);
    }

    // The rules alone: the classifier, which knows no context, may still add the other ambiance (ADR 0016).
    [Fact]
    public void The_same_word_means_the_cfa_or_the_company_depending_on_the_sentence()
    {
        var atCfa = ThemeDetector.SuggestByRules(NormalisedText.From("L'ambiance en classe au CFA est top.")).Select(t => t.Theme).ToList();
        var atWork = ThemeDetector.SuggestByRules(NormalisedText.From("L'ambiance dans l'entreprise est top.")).Select(t => t.Theme).ToList();

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

    private sealed record ThemedVerbatim(string Text, string[] Themes);
}
