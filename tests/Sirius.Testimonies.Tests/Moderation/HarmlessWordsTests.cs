using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

/// <summary>Words that look abusive inside ordinary expressions, names of towns or references, and stay unflagged.</summary>
public sealed class HarmlessWordsTests
{
    [Theory]
    [InlineData("En deuxième année on monte une sauce bâtarde pour accompagner les asperges.")]
    [InlineData("Le boulanger m'a montré comment façonner un pain bâtard avant la cuisson.")]
    [InlineData("On a désossé un cul de veau ce matin avec le chef boucher.")]
    [InlineData("La livraison se fait au fond d'un cul-de-sac, le camion a du mal à manœuvrer.")]
    [InlineData("Mon poste est toujours niquel quand je pars le soir.")]
    [InlineData("Ma tutrice m'engueule gentiment quand j'oublie de pointer.")]
    [InlineData("Au début je me suis fait engueuler pour un retard, depuis je pars plus tôt.")]
    [InlineData("Au fournil je lame les bâtards et les ficelles avant de les enfourner.")]
    [InlineData("Le samedi on sort trois fournées de bâtards pour le marché.")]
    [InlineData("Au port de plaisance, je lance les aussières sur les bittes du ponton.")]
    [InlineData("On a repeint les bittes d'amarrage de la cale sèche cette semaine.")]
    public void Ordinary_words_towns_and_dishes_are_not_abusive(string text)
    {
        PreModerator.Analyse(text).HasAbusiveLanguage.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Le second est un bâtard, il me vole mes pourboires.")]
    [InlineData("Quel bâtard ce livreur, il a cassé la vitrine.")]
    public void Bastard_aimed_at_someone_is_still_an_insult(string text)
    {
        PreModerator.Analyse(text).Has(FlagKind.Insult).ShouldBeTrue();
    }

    [Theory]
    [InlineData("J'admire Thierry Marx, il a commencé en apprentissage lui aussi.", "J'admire Thierry Marx, il a commencé en apprentissage lui aussi.")]
    [InlineData("Comme Marie Curie, ma formatrice dit qu'il faut être patiente.", "Comme Marie Curie, ma formatrice dit qu'il faut être patiente.")]
    [InlineData("Pour l'examen j'ai dressé une pêche Melba et une poire Belle-Hélène.", "Pour l'examen j'ai dressé une pêche Melba et une poire Belle-Hélène.")]
    public void Well_known_people_and_dishes_are_not_masked(string text, string expected)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(expected);
    }

    [Fact]
    public void A_namesake_of_a_well_known_person_is_still_masked()
    {
        PreModerator.Analyse("Mon binôme Paul Lemarchand est super.").AnonymisedText.ShouldNotContain("Paul");
    }

    [Fact]
    public void A_first_name_right_after_cfa_is_a_person()
    {
        var result = PreModerator.Analyse("Au CFA Sandrine, la formatrice de vente, nous aide beaucoup.");

        result.AnonymisedText.ShouldBe("Au CFA [prénom], la formatrice de vente, nous aide beaucoup.");
    }

    [Fact]
    public void A_cfa_named_after_someone_is_a_place()
    {
        PreModerator.Analyse("Je suis au CFA Jean Moulin depuis septembre.").AnonymisedText.ShouldBe("Je suis au CFA Jean Moulin depuis septembre.");
    }
}
