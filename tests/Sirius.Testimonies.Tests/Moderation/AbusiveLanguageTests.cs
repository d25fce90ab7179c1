using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class AbusiveLanguageTests
{
    [Fact]
    public void An_insult_is_flagged_with_the_word_and_the_rule()
    {
        var flag = PreModerator.Analyse("Franchement quel bouffon ce formateur de maths.").Flags.ShouldHaveSingleItem();

        flag.Kind.ShouldBe(FlagKind.Insult);
        flag.Reason.ShouldStartWith("Insulte : « quel bouffon » (règle : lexique des insultes");
    }

    [Fact]
    public void An_insult_aimed_at_someone_is_more_serious_than_an_insult_alone()
    {
        var aimed = PreModerator.Analyse("Le patron est un connard qui paye en retard.").Flags.ShouldHaveSingleItem();
        var alone = PreModerator.Analyse("connard de patron qui paye en retard").Flags.ShouldHaveSingleItem();

        aimed.Severity.ShouldBe(FlagSeverity.High);
        aimed.Excerpt.ShouldBe("un connard");
        alone.Severity.ShouldBe(FlagSeverity.Medium);
    }

    [Theory]
    [InlineData("Les cours de compta c'est chiant.", "chiant")]
    [InlineData("Ce planning c'est de la merde, on sait jamais où aller.", "merde")]
    [InlineData("Putain les horaires de malade.", "Putain")]
    [InlineData("This job is shit mais j'apprends.", "shit")]
    public void Mild_vulgarity_is_flagged_with_low_severity(string text, string word)
    {
        var flag = PreModerator.Analyse(text).Flags.ShouldHaveSingleItem();

        flag.Kind.ShouldBe(FlagKind.Vulgarity);
        flag.Severity.ShouldBe(FlagSeverity.Low);
        flag.Excerpt.ShouldBe(word);
    }

    [Fact]
    public void A_coarse_word_becomes_an_insult_when_it_is_aimed_at_someone()
    {
        PreModerator.Analyse("C'est un peu con comme règle.").Flags.ShouldHaveSingleItem().Kind.ShouldBe(FlagKind.Vulgarity);
        PreModerator.Analyse("Le chef de chantier est un gros con.").Flags.ShouldHaveSingleItem().Kind.ShouldBe(FlagKind.Insult);
    }

    [Theory]
    [InlineData("Le directeur est un connnnnard.", "lettres répétées")]
    [InlineData("c0nnard de patron", "chiffres ou symboles")]
    [InlineData("Mon tuteur est un encul3.", "chiffres ou symboles")]
    [InlineData("Ma responsable c'est une s@lope.", "chiffres ou symboles")]
    [InlineData("m€rde à ce planning", "chiffres ou symboles")]
    [InlineData("la formation est nulle à ch!er", "chiffres ou symboles")]
    [InlineData("Le chef d'équipe est un k0nnard.", "chiffres ou symboles")]
    [InlineData("Mon responsable c'est un c.o.n.n.a.r.d fini.", "lettres séparées")]
    [InlineData("p u t e", "lettres séparées")]
    [InlineData("Le formateur de compta est un konnard.", "« k » à la place de « c »")]
    [InlineData("kasse toi avec ton questionnaire", "« k » à la place de « c »")]
    [InlineData("Ce gérant est un vrai c*nnard.", "astérisques")]
    [InlineData("p*tain de planning", "astérisques")]
    [InlineData("enc*lé de client", "astérisques")]
    [InlineData("le magasinier est un konar", "« k » à la place de « c »")]
    public void Disguised_insults_are_found_and_the_disguise_is_named(string text, string disguise)
    {
        var flag = PreModerator.Analyse(text).Flags.ShouldHaveSingleItem();

        flag.Category.ShouldBe(FlagCategory.AbusiveLanguage);
        flag.Reason.ShouldContain(disguise);
    }

    [Theory]
    [InlineData("fdp le chef d'atelier")]
    [InlineData("ntm le cfa et tout")]
    [InlineData("tg avec vos questionnaires")]
    [InlineData("Le patron est un batard sans accent.")]
    [InlineData("vous etes tous des encules")]
    [InlineData("my boss is a motherfucker")]
    [InlineData("la cheffe de rang c'est une bitch")]
    [InlineData("fuck you le CFA")]
    [InlineData("ce client est un asshole")]
    public void Sms_forms_missing_accents_and_english_do_not_hide_an_insult(string text)
    {
        PreModerator.Analyse(text).Flags.ShouldContain(f => f.Kind == FlagKind.Insult);
    }

    [Fact]
    public void A_slur_is_flagged_as_serious()
    {
        var flag = PreModerator.Analyse("Un collègue traite les gens de bougnoules.").Flags
            .Where(f => f.Category == FlagCategory.AbusiveLanguage).ShouldHaveSingleItem();

        flag.Severity.ShouldBe(FlagSeverity.High);
        flag.Reason.ShouldStartWith("Injure discriminatoire");
    }

    [Theory]
    [InlineData("J'vais le buter ce chef un jour.")]
    [InlineData("Je vais te défoncer si tu me reparles comme ça.")]
    public void A_threat_is_flagged_as_serious(string text)
    {
        var flag = PreModerator.Analyse(text).Flags.ShouldHaveSingleItem();

        flag.Kind.ShouldBe(FlagKind.Threat);
        flag.Severity.ShouldBe(FlagSeverity.High);
    }

    [Theory]
    [InlineData("On porte une salopette et des chaussures de sécurité.")]
    [InlineData("Les prix baissent en janvier, on fait les soldes.")]
    [InlineData("J'ai fait une gerbe de fleurs pour mon examen de fleuriste.")]
    [InlineData("Le week-end je fais de la randonnée pédestre.")]
    [InlineData("Le soir je suis crevé mais content.")]
    [InlineData("Je lave un chien et je coupe les griffes d'une chienne de race.")]
    [InlineData("On trie les ordures ménagères au dépôt.")]
    [InlineData("L'échelle était branlante, on l'a changée.")]
    [InlineData("Je suis bordelais et fier de l'être.")]
    [InlineData("Je vais les retrouver au CFA la semaine prochaine.")]
    [InlineData("C'est stupide de ne pas tenter l'apprentissage.")]
    [InlineData("J'ai un collègue autiste et tout se passe très bien.")]
    [InlineData("Le kiosque du CFA vend des kebabs et le konseil de classe est sympa.")]
    [InlineData("Le stage était important* pour moi (*pour le diplôme).")]
    public void Ordinary_words_close_to_abusive_ones_are_not_flagged(string text)
    {
        PreModerator.Analyse(text).HasAbusiveLanguage.ShouldBeFalse();
    }

    [Fact]
    public void Abusive_words_are_flagged_but_not_masked()
    {
        const string text = "Mon patron est un connard.";

        PreModerator.Analyse(text).AnonymisedText.ShouldBe(text);
    }
}
