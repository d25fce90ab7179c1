using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class PersonalDataTests
{
    [Fact]
    public void A_mobile_number_written_with_dots_is_masked()
    {
        var result = PreModerator.Analyse("Appelle-moi au 06.12.34.56.78 le soir.");

        result.AnonymisedText.ShouldBe("Appelle-moi au [téléphone] le soir.");
        result.Has(FlagKind.Phone).ShouldBeTrue();
    }

    [Theory]
    [InlineData("mon numéro 06 12 34 56 78 voilà")]
    [InlineData("mon numéro 0612345678 voilà")]
    [InlineData("mon numéro 06-12-34-56-78 voilà")]
    [InlineData("mon numéro 01 42 33 56 78 voilà")]
    [InlineData("mon numéro +33 6 12 34 56 78 voilà")]
    [InlineData("mon numéro +33612345678 voilà")]
    [InlineData("mon numéro 0033 7 61 22 33 44 voilà")]
    [InlineData("mon numéro +33 (0)6 12 34 56 78 voilà")]
    public void French_phone_numbers_in_their_usual_spellings_are_masked(string text)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe("mon numéro [téléphone] voilà");
    }

    [Theory]
    [InlineData("mon numéro zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit voilà")]
    [InlineData("mon numéro zero sept quarante et un quatre-vingt-dix-neuf vingt-deux soixante et onze voilà")]
    [InlineData("mon numéro 06 quatre-vingt-trois 45 zéro un 19 voilà")]
    [InlineData("mon numéro plus trente-trois six, quinze, vingt, trente, quarante voilà")]
    [InlineData("mon numéro 07/88/21/43/65 voilà")]
    [InlineData("mon numéro 0 6 5 5 4 3 2 1 9 8 voilà")]
    public void Phone_numbers_in_words_or_with_odd_separators_are_masked(string text)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe("mon numéro [téléphone] voilà");
    }

    [Theory]
    [InlineData("J'ai zéro pause le samedi et six clients à la fois, douze heures de suite.")]
    [InlineData("On était deux, puis trois, puis quatre apprentis, et zéro formateur pour nous six.")]
    [InlineData("Le 01/09/2024 j'ai commencé, quinze jours après mes seize ans.")]
    public void Number_words_that_are_not_a_phone_number_are_left_alone(string text)
    {
        var result = PreModerator.Analyse(text);

        result.Has(FlagKind.Phone).ShouldBeFalse();
    }

    [Theory]
    [InlineData("On fait 35 heures par semaine et j'ai 2 ans de contrat.")]
    [InlineData("J'ai signé en 2024, mon entreprise est dans le 69003.")]
    [InlineData("Je travaille de 8h à 12h et de 14h à 18h, 5 jours sur 7.")]
    [InlineData("On a eu 0 accident en 2 ans, 420 heures de formation par an.")]
    [InlineData("Le SIRET de ma boîte est 12345678901234.")]
    public void Numbers_that_are_not_phone_numbers_are_left_alone(string text)
    {
        var result = PreModerator.Analyse(text);

        result.HasPersonalData.ShouldBeFalse();
        result.AnonymisedText.ShouldBe(text);
    }

    [Fact]
    public void An_email_address_is_masked()
    {
        var result = PreModerator.Analyse("Écrivez-moi à lucas.martin92@gmail.com si besoin.");

        result.AnonymisedText.ShouldBe("Écrivez-moi à [e-mail] si besoin.");
        result.Has(FlagKind.Email).ShouldBeTrue();
    }

    [Theory]
    [InlineData("contact : yanis.b [at] gmail point com")]
    [InlineData("contact : ines2005 arobase outlook.fr")]
    [InlineData("contact : enzo.dev(at)yahoo.fr")]
    [InlineData("contact : tom dot leclerc at gmail dot com")]
    [InlineData("contact : jean(point)dupont(at)gmail(point)com")]
    [InlineData("contact : lea.martin@gmail point com")]
    [InlineData("contact : sarah point k arobase laposte point net")]
    public void A_disguised_email_address_is_masked(string text)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe("contact : [e-mail]");
        result.Flags.ShouldContain(f => f.Kind == FlagKind.Email && f.Reason.Contains("déguisée", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Allez voir https://mon-blog.blogspot.com/article", "Allez voir [lien]")]
    [InlineData("Allez voir www.lafabriqueapprentis.fr.", "Allez voir [lien].")]
    [InlineData("Allez voir monportfolio-graphiste.fr, c'est moi", "Allez voir [lien], c'est moi")]
    [InlineData("Allez voir youtube.com/c/ApprentiBoulanger", "Allez voir [lien]")]
    public void Links_and_bare_domain_names_are_masked(string text, string anonymised)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe(anonymised);
        result.Has(FlagKind.Url).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Suivez-moi sur @lea.patisserie pour voir mes gâteaux", "Suivez-moi sur [pseudo] pour voir mes gâteaux")]
    [InlineData("mon insta : kenza.esthetique", "mon insta : [pseudo]")]
    [InlineData("mon snap c'est maxou_du_93", "mon snap c'est [pseudo]")]
    [InlineData("ajoute moi snap lucasdu59 stp", "ajoute moi snap [pseudo] stp")]
    [InlineData("Mon discord : KevinGamer#4521", "Mon discord : [pseudo]")]
    public void Social_handles_are_masked(string text, string anonymised)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe(anonymised);
        result.Has(FlagKind.SocialHandle).ShouldBeTrue();
    }

    [Fact]
    public void Naming_a_platform_without_a_handle_is_not_personal_data()
    {
        var result = PreModerator.Analyse("Je poste des photos de mes plats sur insta mais jamais mon visage.");

        result.HasPersonalData.ShouldBeFalse();
    }

    [Theory]
    [InlineData("mon patron thierry est trop cool", "mon patron [prénom] est trop cool")]
    [InlineData("Big up à Enzo et Lucas de ma classe !", "Big up à [prénom] et [prénom] de ma classe !")]
    [InlineData("Merci à Chloé qui m'a aidée.", "Merci à [prénom] qui m'a aidée.")]
    public void First_names_from_the_list_are_masked_with_or_without_capital(string text, string anonymised)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(anonymised);
    }

    [Fact]
    public void A_compound_first_name_is_masked_as_one_name()
    {
        var result = PreModerator.Analyse("Mon tuteur Jean-Pierre m'a tout appris.");

        result.AnonymisedText.ShouldBe("Mon tuteur [prénom] m'a tout appris.");
        result.Flags.Count(f => f.Kind == FlagKind.FirstName).ShouldBe(1);
    }

    [Theory]
    [InlineData("Le formateur M. Leroy explique bien.", "Le formateur M. [nom] explique bien.")]
    [InlineData("Les cours avec Mme Martin étaient durs.", "Les cours avec Mme [nom] étaient durs.")]
    [InlineData("demandez a madame rousseau a l'accueil", "demandez a madame [nom] a l'accueil")]
    [InlineData("Monsieur Bertrand est le meilleur.", "Monsieur [nom] est le meilleur.")]
    [InlineData("Appelez M. Petit demain.", "Appelez M. [nom] demain.")]
    [InlineData("M. DUPONT est sévère mais juste.", "M. [nom] est sévère mais juste.")]
    public void A_word_after_a_civility_is_a_last_name(string text, string anonymised)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe(anonymised);
        result.Has(FlagKind.LastName).ShouldBeTrue();
    }

    [Fact]
    public void A_capitalised_word_right_after_a_first_name_is_a_last_name()
    {
        var result = PreModerator.Analyse("Je m'appelle Inès Benali et je suis en BTS.");

        result.AnonymisedText.ShouldBe("Je m'appelle [prénom] [nom] et je suis en BTS.");
    }

    [Fact]
    public void A_capitalised_unknown_word_after_a_role_is_a_last_name()
    {
        var result = PreModerator.Analyse("Avec mon chef Karadeniz on part sur les chantiers.");

        result.AnonymisedText.ShouldBe("Avec mon chef [nom] on part sur les chantiers.");
    }

    [Theory]
    [InlineData("La prof Claire nous a soutenus.", "La prof [prénom] nous a soutenus.")]
    [InlineData("mon tuteur pierre est patient", "mon tuteur [prénom] est patient")]
    [InlineData("Le gérant Olivier met une bonne ambiance.", "Le gérant [prénom] met une bonne ambiance.")]
    [InlineData("J'ai rencontré Rose au CFA.", "J'ai rencontré [prénom] au CFA.")]
    [InlineData("C'est Pierre mon tuteur qui m'a motivé.", "C'est [prénom] mon tuteur qui m'a motivé.")]
    public void A_first_name_that_is_also_a_word_is_masked_when_the_context_says_it_is_a_person(string text, string anonymised)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(anonymised);
    }

    [Theory]
    [InlineData("La pierre c'est un matériau noble, en taille de pierre on apprend un vrai métier.")]
    [InlineData("Pierre par pierre on monte le mur.")]
    [InlineData("Rose, bleu ou vert, on choisit les couleurs avec le client.")]
    [InlineData("Claire et nette, ma réponse : l'accueil était parfait.")]
    [InlineData("En France l'apprentissage est encore mal vu.")]
    [InlineData("J'ai préparé une olive noire en tapenade.")]
    [InlineData("Le métier de marin pêcheur s'apprend sur le bateau.")]
    [InlineData("La Marine nationale propose aussi des formations.")]
    [InlineData("On bosse en jean et en baskets, 8 heures max par jour.")]
    [InlineData("À Noël l'entreprise ferme une semaine.")]
    [InlineData("Le lycée Victor Hugo et la rue Saint-Louis sont à côté.")]
    [InlineData("Je recommande le CFA Jean Monnet.")]
    [InlineData("On a fêté Noël avec toute l'équipe.")]
    public void Words_that_are_also_first_names_are_left_alone_without_context(string text)
    {
        var result = PreModerator.Analyse(text);

        result.HasPersonalData.ShouldBeFalse();
        result.AnonymisedText.ShouldBe(text);
    }

    [Theory]
    [InlineData("Appelle-moi au 06 12 34 56 78.", "Numéro de téléphone détecté : « 06 12 34 56 78 » (règle : numéro français)")]
    [InlineData("Écris à lea@free.fr", "Adresse e-mail détectée : « lea@free.fr » (règle : adresse e-mail)")]
    [InlineData("Mon tuteur Kevin est top.", "Prénom détecté : « Kevin » (règle : prénom après « tuteur »)")]
    [InlineData("Le formateur M. Leroy est top.", "Nom de famille détecté : « Leroy » (règle : nom après « M »)")]
    public void Each_personal_data_flag_says_in_french_what_was_found_and_by_which_rule(string text, string reason)
    {
        var flag = PreModerator.Analyse(text).Flags.ShouldHaveSingleItem();

        flag.Reason.ShouldBe(reason);
        flag.Category.ShouldBe(FlagCategory.PersonalData);
    }

    [Fact]
    public void Several_kinds_of_personal_data_are_masked_together()
    {
        var result = PreModerator.Analyse("Je suis Camille, écrivez à camille.fleur@gmail.com ou au 06 44 55 66 77, insta @cam.fleurs");

        result.AnonymisedText.ShouldBe("Je suis [prénom], écrivez à [e-mail] ou au [téléphone], insta [pseudo]");
    }

    [Theory]
    [InlineData("J'habite au 12 rue des Lilas depuis un an.", "J'habite au [adresse] depuis un an.")]
    [InlineData("Le garage est au 3 bis avenue Jean Jaurès, 69007 Lyon.", "Le garage est au [adresse].")]
    [InlineData("Venez au 45, boulevard du Général Leclerc si vous passez.", "Venez au [adresse] si vous passez.")]
    [InlineData("on se retrouve au 8 impasse des tilleuls apres le taf", "on se retrouve au [adresse] apres le taf")]
    [InlineData("Je loge chemin des Vignes chez ma tante.", "Je loge [adresse] chez ma tante.")]
    [InlineData("Mon adresse : 7 allée Jean-Moulin, 13100 Aix-en-Provence.", "Mon adresse : [adresse].")]
    [InlineData("Le salon est à 69003 Lyon, près de la gare.", "Le salon est à [adresse], près de la gare.")]
    public void A_postal_address_is_masked(string text, string anonymised)
    {
        var result = PreModerator.Analyse(text);

        result.AnonymisedText.ShouldBe(anonymised);
        result.Flags.ShouldContain(f => f.Kind == FlagKind.Address && f.Category == FlagCategory.PersonalData && f.Reason.StartsWith("Adresse postale détectée", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On a mis en place un nouveau planning et j'ai trouvé ma place.")]
    [InlineData("J'ai 2 cours de maths et 3 places de parking.")]
    [InlineData("En 2023 Rue du Commerce a fermé.")]
    [InlineData("La boutique fait 15000 euros par mois dans une ville de 35000 Habitants.")]
    [InlineData("Je prends la route de Lyon tous les matins.")]
    public void Places_numbers_and_words_that_are_not_addresses_are_left_alone(string text)
    {
        PreModerator.Analyse(text).Has(FlagKind.Address).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Mes collègues Marie Petit et Paul Blanc m'ont aidé.", "Mes collègues [prénom] [nom] et [prénom] [nom] m'ont aidé.")]
    [InlineData("Mon maître d'apprentissage Julien Boucher est top.", "Mon maître d'apprentissage [prénom] [nom] est top.")]
    [InlineData("Le chef Moreau et Mme Leroy m'ont bien formé.", "Le chef [nom] et Mme [nom] m'ont bien formé.")]
    public void A_family_name_that_is_also_a_word_is_masked_after_a_first_name_or_a_title(string text, string anonymised)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(anonymised);
    }

    [Theory]
    [InlineData("Je travaille chez Orange depuis septembre.")]
    [InlineData("On vend des tartes Pomme et des baguettes Tradition.")]
    [InlineData("Je répare des iPhone chez Apple à la Part-Dieu.")]
    [InlineData("J'ai fait un bouquet de Rose et de Jasmin pour la fête des mères.")]
    [InlineData("Je bosse au Leclerc de Rennes en rayon boucherie.")]
    [InlineData("Je suis apprenti mécano chez Renault, on répare des Clio.")]
    [InlineData("On a goûté la Olive et la Baguette de Campagne du concours.")]
    public void Brands_fruits_breads_and_flowers_are_not_masked_as_names(string text)
    {
        var result = PreModerator.Analyse(text);

        result.HasPersonalData.ShouldBeFalse(string.Join(", ", result.Flags.Select(f => f.Reason)));
        result.AnonymisedText.ShouldBe(text);
    }

    [Fact]
    public void A_lowercase_first_name_between_a_companion_and_a_subject_is_masked()
    {
        var result = PreModerator.Analyse("au chantier avec teddy on s'occupe des enduits");

        result.AnonymisedText.ShouldNotContain("teddy");
        result.Has(FlagKind.FirstName).ShouldBeTrue();
    }

    [Fact]
    public void A_lowercase_name_that_is_a_word_after_a_companion_stays()
    {
        const string text = "on monte les murs avec pierre et mortier";

        PreModerator.Analyse(text).AnonymisedText.ShouldBe(text);
    }

    [Theory]
    [InlineData("Julien Boulanger, le chef de partie, m'a tout appris.", "[prénom] [nom], le chef de partie, m'a tout appris.")]
    [InlineData("Pierre Meunier m'a pris en apprentissage l'an dernier.", "[prénom] [nom] m'a pris en apprentissage l'an dernier.")]
    [InlineData("Mon maître d'apprentissage s'appelle Nicolas Le Goff, il est super.", "Mon maître d'apprentissage s'appelle [prénom] [nom], il est super.")]
    [InlineData("J'ai bossé avec Hélène de la Roche pendant deux ans.", "J'ai bossé avec [prénom] [nom] pendant deux ans.")]
    [InlineData("La cheffe, Mme Le Floch, est exigeante.", "La cheffe, Mme [nom], est exigeante.")]
    public void Surnames_that_are_words_or_have_particles_are_masked_after_a_name(string text, string expected)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(expected);
    }

    [Theory]
    [InlineData("On vend des tomates Cerise et des pommes Pink Lady au marché.")]
    [InlineData("Au magasin on livre surtout des Clio et parfois une Mégane.")]
    [InlineData("Le patron a acheté une tondeuse Honda et une pelleteuse Kubota.")]
    [InlineData("On prépare des tartes Tatin et des gâteaux Opéra le dimanche.")]
    public void Varieties_models_and_brands_after_a_product_noun_are_not_names(string text)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(text);
    }

    [Theory]
    [InlineData("Mon tuteur habite au hameau Les Granges Basses, c'est perdu.", "Mon tuteur habite au [adresse], c'est perdu.")]
    [InlineData("Je loge à la résidence Le Belvédère, bât. D, appt 22, près du CFA.", "Je loge à la [adresse], près du CFA.")]
    [InlineData("J'habite route de Carhaix, 29270 Cléden-Poher, pas de bus.", "J'habite [adresse], pas de bus.")]
    [InlineData("J'habite 5 place du Marché, escalier B, 2e étage.", "J'habite [adresse].")]
    [InlineData("Écrivez-moi à BP 318, le courrier arrive.", "Écrivez-moi à [adresse], le courrier arrive.")]
    public void Hamlets_blocks_of_flats_and_building_details_are_masked_as_addresses(string text, string expected)
    {
        PreModerator.Analyse(text).AnonymisedText.ShouldBe(expected);
    }

    [Fact]
    public void A_student_residence_without_a_name_is_not_an_address()
    {
        const string text = "Je dors à la résidence étudiante pendant les semaines de cours.";

        PreModerator.Analyse(text).AnonymisedText.ShouldBe(text);
    }
}
