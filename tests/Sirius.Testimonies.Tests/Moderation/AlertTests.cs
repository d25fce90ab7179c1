using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

/// <summary>Harm the writer reports suffering raises an alert of the right kind; denials and hypotheses do not.</summary>
public sealed class AlertTests
{
    [Theory]
    [InlineData("Mon patron me harcèle depuis septembre, il m'envoie des messages le soir pour me reprocher tout.", AlertCategory.Harassment)]
    [InlineData("les autres apprentis se foutent de moi tout le temps et me cachent mes outils", AlertCategory.Harassment)]
    [InlineData("Le chef me rabaisse devant tout le monde, je suis sa tête de turc.", AlertCategory.Harassment)]
    [InlineData("Au garage ils m'appellent le bougnoule, ça fait rire tout l'atelier.", AlertCategory.Discrimination)]
    [InlineData("On me donne jamais la caisse parce que je suis une fille, le gérant dit que c'est pas un métier de femme.", AlertCategory.Discrimination)]
    [InlineData("Mon collègue fait des blagues racistes sur ma couleur de peau tous les jours.", AlertCategory.Discrimination)]
    [InlineData("Pour mon arrivée ils m'ont scotché à une chaise et filmé, ils disent que c'est la tradition pour les nouveaux.", AlertCategory.Hazing)]
    [InlineData("Le bizutage au chantier c'était de me jeter dans la benne à gravats.", AlertCategory.Hazing)]
    [InlineData("Ma patronne m'a menacée de rompre mon contrat si je prenais mes jours de CFA.", AlertCategory.ThreatSuffered)]
    [InlineData("il dit que si je me plains il va me virer direct", AlertCategory.ThreatSuffered)]
    [InlineData("Le second m'a mis une claque parce que la sauce était froide.", AlertCategory.Violence)]
    [InlineData("jme suis fait tabasser par un collègue dans le vestiaire", AlertCategory.Violence)]
    [InlineData("Le cuisinier me touche les fesses quand je passe derrière lui.", AlertCategory.SexualHarassment)]
    [InlineData("mon tuteur a les mains baladeuses et m'envoie des messages déplacés le soir", AlertCategory.SexualHarassment)]
    [InlineData("On découpe l'alu à la disqueuse sans lunettes ni gants, le patron dit que ça coûte trop cher.", AlertCategory.Safety)]
    [InlineData("La scie circulaire n'a plus de carter depuis des mois et on m'oblige à l'utiliser alors que j'ai 16 ans.", AlertCategory.Safety)]
    [InlineData("Je me suis brûlé la main avec l'huile et on m'a dit de continuer le service, personne m'a soigné.", AlertCategory.Injury)]
    [InlineData("Je suis tombé de l'échelle au chantier, le patron a pas voulu déclarer l'accident.", AlertCategory.Injury)]
    [InlineData("Je fais 48 heures par semaine et les heures en plus sont jamais payées.", AlertCategory.LabourLaw)]
    [InlineData("J'ai 17 ans et on me fait fermer le bar à minuit tous les samedis.", AlertCategory.LabourLaw)]
    [InlineData("Ça fait deux mois que j'ai pas reçu mon salaire.", AlertCategory.LabourLaw)]
    [InlineData("Je pleure tous les soirs en rentrant du boulot, je sais plus quoi faire.", AlertCategory.Distress)]
    [InlineData("franchement jen peux plus, des fois j'ai envie de mourir", AlertCategory.Distress)]
    [InlineData("J'ai la boule au ventre chaque dimanche soir, j'ai des idées noires.", AlertCategory.Distress)]
    public void Harm_the_writer_reports_raises_an_alert_of_its_kind(string text, AlertCategory category)
    {
        var result = PreModerator.Analyse(text);

        result.HasAlert.ShouldBeTrue(text);
        var flag = result.Flags.First(f => f.Alert == category);
        flag.Kind.ShouldBe(FlagKind.Alert);
        flag.Category.ShouldBe(FlagCategory.Alert);
        flag.Severity.ShouldBe(FlagSeverity.High);
        text.ShouldContain(flag.Excerpt.Split(" … ")[0]);
        flag.Reason.ShouldStartWith($"Alerte « {AlertCategories.Label(category)} » : « {flag.Excerpt} »");
    }

    [Theory]
    [InlineData("Aucun harcèlement dans mon entreprise, et pas de bizutage non plus.")]
    [InlineData("On a toujours nos EPI et le patron vérifie les protections des machines.")]
    [InlineData("Je n'ai jamais été insulté, l'équipe est bienveillante.")]
    [InlineData("Personne ne m'a jamais frappé ni menacé, je recommande.")]
    [InlineData("Si un jour on me harcèle, je sais que je peux appeler ma référente au CFA.")]
    [InlineData("Au CFA on a eu une intervention sur le harcèlement et le sexisme, c'était utile.")]
    [InlineData("Mon tuteur me traite comme un vrai pro et m'a donné un coup de main pour le permis.")]
    [InlineData("Ça me touche beaucoup qu'ils me fassent confiance.")]
    [InlineData("On a pleuré de rire au repas de fin d'année.")]
    [InlineData("Mes heures sup sont toujours payées ou récupérées.")]
    [InlineData("Je travaille de 8h à 16h avec une pause d'une heure.")]
    [InlineData("Les machines sont dangereuses mais on est bien formés et jamais sans nos gants.")]
    [InlineData("Je me suis coupé une fois, le chef m'a tout de suite emmené à l'infirmerie.")]
    [InlineData("Mon patron m'engueule quand je fais une erreur, c'est normal.")]
    public void Denials_hypotheses_and_ordinary_words_raise_no_alert(string text)
    {
        var result = PreModerator.Analyse(text);

        result.Flags.Where(f => f.Kind == FlagKind.Alert).ShouldBeEmpty(text);
    }

    [Fact]
    public void A_threat_the_writer_suffers_is_an_alert_beside_the_threat_flag()
    {
        var result = PreModerator.Analyse("Le chef m'a dit qu'il allait me défoncer si je recommençais.");

        result.Has(FlagKind.Threat).ShouldBeTrue();
        result.Flags.ShouldContain(f => f.Alert == AlertCategory.ThreatSuffered);
    }

    [Fact]
    public void A_category_reported_twice_gives_one_flag_on_its_first_mention()
    {
        var flags = PreModerator.Analyse("Il me frappe. Hier encore il m'a giflé.").Flags.Where(f => f.Kind == FlagKind.Alert).ToList();

        flags.ShouldHaveSingleItem().Excerpt.ShouldBe("me frappe");
    }

    [Fact]
    public void An_alert_masks_nothing()
    {
        const string text = "Mon patron me harcèle et me hurle dessus.";

        PreModerator.Analyse(text).AnonymisedText.ShouldBe(text);
    }
}
