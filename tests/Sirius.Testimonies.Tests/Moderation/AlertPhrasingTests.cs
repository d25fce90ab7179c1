using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

/// <summary>
/// Harm told without its usual words (a threat as a consequence, distress in images, a breach without figures, a
/// ritual without « bizutage », about a colleague), in sentences written for these tests and found in no corpus.
/// </summary>
public sealed class AlertPhrasingTests
{
    [Theory]
    [InlineData("le gérant m'a fait comprendre que si je me plaignais encore, mon contrat s'arrêterait là", AlertCategory.ThreatSuffered)]
    [InlineData("mon chef répète que je finirai au chômage si je raconte ce qui se passe en cuisine", AlertCategory.ThreatSuffered)]
    [InlineData("devant toute l'équipe il a lu mon carnet à voix haute en se moquant de mes fautes", AlertCategory.Harassment)]
    [InlineData("pour mon arrivée les anciens m'ont ligoté à un chariot et promené dans tout l'entrepôt", AlertCategory.Hazing)]
    [InlineData("j'ai quinze ans et je reste jusqu'à la fermeture du bar tous les soirs", AlertCategory.LabourLaw)]
    [InlineData("les heures que je fais en plus le samedi ne sont jamais sur ma fiche de paie", AlertCategory.LabourLaw)]
    [InlineData("je ne vois plus le bout du tunnel, j'ai envie de m'effacer", AlertCategory.Distress)]
    [InlineData("parfois je voudrais m'endormir et ne plus me réveiller", AlertCategory.Distress)]
    [InlineData("mon pote apprenti maçon se prend des gifles par son chef quand il se trompe", AlertCategory.Violence)]
    [InlineData("le chef de chantier nous fait travailler sur la toiture sans aucune sécurité", AlertCategory.Safety)]
    [InlineData("je me suis ouvert la main sur une tôle et on m'a dit de finir ma journée", AlertCategory.Injury)]
    [InlineData("on m'appelle « le bamboula » à l'entrepôt", AlertCategory.Discrimination)]
    public void Harm_told_in_other_words_raises_an_alert_of_its_kind(string text, AlertCategory category)
    {
        var result = PreModerator.Analyse(text);

        result.Flags.Where(f => f.Alert is not null).Select(f => f.Alert).ShouldContain(category, text);
    }

    [Theory]
    [InlineData("personne ne m'a jamais menacé ni frappé dans cette entreprise")]
    [InlineData("la ponceuse est bruyante mais on a des casques antibruit et des lunettes")]
    [InlineData("le patron hausse la voix pendant le rush mais il reste correct")]
    [InlineData("j'ai terminé à 23 h samedi pour l'inventaire, je suis majeure et c'est payé")]
    [InlineData("les plats de la cantine sont fades")]
    [InlineData("je trouve le rythme soutenu mais mon patron est juste")]
    [InlineData("zut j'ai oublié mes gants chez moi, mon tuteur m'en a prêté")]
    public void Look_alikes_and_ordinary_complaints_raise_no_alert(string text)
    {
        PreModerator.Analyse(text).HasAlert.ShouldBeFalse(text);
    }
}
