using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class AnswerValidationTests
{
    private const string Required = "Cette question est obligatoire : réponds-y pour continuer.";

    private static readonly QuestionnaireDefinition Sample = Definitions.SampleDefinition;

    private static Answer Valid(string key, AnswerInput input)
    {
        var result = Sample.ValidateAnswer(key, input);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private static Error Refused(string key, AnswerInput input)
    {
        var result = Sample.ValidateAnswer(key, input);
        result.IsSuccess.ShouldBeFalse();
        result.Error!.Field.ShouldBe(key);
        result.Error.Kind.ShouldBe(ErrorKind.Invalid);
        return result.Error;
    }

    private static Dictionary<string, string> Items(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    [Fact]
    public void An_answer_to_a_question_not_in_the_version_is_refused()
    {
        var error = Refused("cfa.inconnue", AnswerInput.Of("bien"));

        error.Message.ShouldBe("La question « cfa.inconnue » ne fait pas partie de ce questionnaire.");
        error.Code.ShouldBe("answer.unknown_question");
    }

    [Fact]
    public void A_single_choice_keeps_the_chosen_option()
    {
        Valid("choix.unique", AnswerInput.Of(" deuxieme ")).ShouldBe(new SingleChoiceAnswer("choix.unique", "deuxieme"));
    }

    [Fact]
    public void An_option_that_does_not_exist_is_refused()
    {
        Refused("choix.unique", AnswerInput.Of("troisieme")).Message.ShouldBe("La réponse « troisieme » ne fait pas partie des choix proposés.");
        Refused("choix.multiple", AnswerInput.Of("cfa", "ecole")).Message.ShouldBe("La réponse « ecole » ne fait pas partie des choix proposés.");
        Refused("choix.classement", AnswerInput.Of("metier", "salaire", "ecole")).Message
            .ShouldBe("La réponse « ecole » ne fait pas partie des choix proposés.");
    }

    [Fact]
    public void Two_options_for_a_single_choice_are_refused()
    {
        Refused("choix.unique", AnswerInput.Of("premiere", "deuxieme")).Message.ShouldBe("Choisis une seule réponse.");
    }

    [Theory]
    [InlineData("choix.unique")]
    [InlineData("choix.multiple")]
    [InlineData("choix.classement")]
    [InlineData("notes.accueil")]
    [InlineData("notes.aspects")]
    [InlineData("notes.entreprises")]
    public void A_required_question_left_empty_is_refused(string key)
    {
        var error = Refused(key, new AnswerInput(["", "  "], new Dictionary<string, string> { ["cours"] = "" }));

        error.Message.ShouldBe(Required);
        error.Code.ShouldBe("answer.required");
    }

    [Theory]
    [InlineData("notes.facultative")]
    [InlineData("notes.aspects_facultatifs")]
    [InlineData("notes.conseil")]
    public void An_optional_question_left_empty_is_skipped(string key)
    {
        Valid(key, AnswerInput.Of("  ")).ShouldBe(new SkippedAnswer(key));
        Valid(key, AnswerInput.Empty).IsSkipped.ShouldBeTrue();
    }

    [Fact]
    public void The_follow_up_of_the_option_that_opens_it_is_kept_on_one_line()
    {
        Valid("choix.unique", AnswerInput.Of("autre").WithFollowUp("  Service\r\ncivique  "))
            .ShouldBe(new SingleChoiceAnswer("choix.unique", "autre", "Service civique"));
    }

    [Fact]
    public void A_follow_up_given_for_an_option_that_does_not_open_it_is_refused()
    {
        var error = Refused("choix.unique", AnswerInput.Of("premiere").WithFollowUp("Service civique"));

        error.Message.ShouldBe("La précision ne s’ajoute qu’à la réponse « Autre » : choisis-la ou efface ta précision.");
        error.Code.ShouldBe("answer.follow_up_not_allowed");
        Refused("choix.multiple", AnswerInput.Of("cfa", "site").WithFollowUp("Un ami")).Code.ShouldBe("answer.follow_up_not_allowed");
        Refused("choix.unique", AnswerInput.Empty.WithFollowUp("Service civique")).Code.ShouldBe("answer.follow_up_not_allowed");
    }

    [Fact]
    public void A_blank_follow_up_is_ignored()
    {
        Valid("choix.unique", AnswerInput.Of("premiere").WithFollowUp(" \r\n ")).ShouldBe(new SingleChoiceAnswer("choix.unique", "premiere"));
        Valid("choix.unique", AnswerInput.Of("autre")).ShouldBe(new SingleChoiceAnswer("choix.unique", "autre"));
    }

    [Fact]
    public void A_follow_up_on_a_question_without_one_is_refused()
    {
        Refused("notes.accueil", AnswerInput.Of("bien").WithFollowUp("Super")).Message.ShouldBe("Cette question n’attend pas de précision.");
    }

    [Fact]
    public void A_follow_up_longer_than_its_limit_is_refused()
    {
        var error = Refused("choix.unique", AnswerInput.Of("autre").WithFollowUp(new string('a', 21)));

        error.Message.ShouldBe("Ta précision est trop longue : 21 caractères pour 20 au maximum.");
        Valid("choix.unique", AnswerInput.Of("autre").WithFollowUp(new string('a', 20))).ShouldNotBeNull();
    }

    [Fact]
    public void A_multiple_choice_keeps_the_options_in_the_question_order_without_duplicates()
    {
        Valid("choix.multiple", AnswerInput.Of("site", "cfa", "site"))
            .ShouldBe(new MultipleChoiceAnswer("choix.multiple", ["cfa", "site"]));
    }

    [Fact]
    public void A_multiple_choice_keeps_the_follow_up_when_its_option_is_among_the_choices()
    {
        Valid("choix.multiple", AnswerInput.Of("autre", "cfa").WithFollowUp("Un ancien"))
            .ShouldBe(new MultipleChoiceAnswer("choix.multiple", ["cfa", "autre"], "Un ancien"));
    }

    [Fact]
    public void Too_many_selections_are_refused()
    {
        var error = Refused("choix.multiple", AnswerInput.Of("cfa", "famille", "site"));

        error.Message.ShouldBe("Tu peux choisir 2 réponses au maximum : tu en as choisi 3.");
        error.Code.ShouldBe("answer.too_many_selections");
    }

    [Theory]
    [InlineData("mauvais", ScaleValue.Bad)]
    [InlineData("moyen", ScaleValue.Average)]
    [InlineData("BIEN", ScaleValue.Good)]
    public void An_emoji_scale_takes_one_of_its_three_values(string posted, ScaleValue value)
    {
        Valid("notes.accueil", AnswerInput.Of(posted)).ShouldBe(new EmojiScaleAnswer("notes.accueil", value));
    }

    [Fact]
    public void The_emoji_scale_is_bad_average_good_with_French_labels()
    {
        EmojiScale.Levels.Select(l => (l.Key, l.Emoji, l.Label)).ShouldBe([("mauvais", "😞", "Pas bien"), ("moyen", "😐", "Moyen"), ("bien", "😀", "Bien")]);
    }

    [Fact]
    public void An_unknown_scale_value_is_refused()
    {
        Refused("notes.accueil", AnswerInput.Of("super")).Message.ShouldBe("La note « super » n’existe pas : choisis Pas bien, Moyen ou Bien.");
        Refused("notes.aspects", AnswerInput.OfItems(Items(("cours", "bien"), ("formateurs", "5")))).Message
            .ShouldBe("La note « 5 » n’existe pas : choisis Pas bien, Moyen ou Bien.");
    }

    [Fact]
    public void An_item_scale_keeps_each_rating_in_the_item_order()
    {
        Valid("notes.aspects", AnswerInput.OfItems(Items(("formateurs", "bien"), ("cours", "mauvais"))))
            .ShouldBe(new ItemScaleAnswer("notes.aspects", [new("cours", ScaleValue.Bad), new("formateurs", ScaleValue.Good)]));
    }

    [Fact]
    public void A_required_item_scale_needs_every_item()
    {
        Refused("notes.aspects", AnswerInput.OfItems(Items(("cours", "bien")))).Message
            .ShouldBe("Donne une note à chaque ligne : « Les formateurs » n’en a pas.");
    }

    [Fact]
    public void An_optional_item_scale_accepts_some_items()
    {
        Valid("notes.aspects_facultatifs", AnswerInput.OfItems(Items(("internat", "moyen"))))
            .ShouldBe(new ItemScaleAnswer("notes.aspects_facultatifs", [new("internat", ScaleValue.Average)]));
    }

    [Fact]
    public void An_item_that_is_not_in_the_question_is_refused()
    {
        Refused("notes.aspects", AnswerInput.OfItems(Items(("cours", "bien"), ("formateurs", "bien"), ("cantine", "bien")))).Message
            .ShouldBe("L’élément « cantine » ne fait pas partie de cette question.");
    }

    [Fact]
    public void Values_of_the_wrong_shape_are_refused()
    {
        Refused("notes.aspects", AnswerInput.Of("bien")).Message.ShouldBe("Cette réponse ne correspond pas à la question posée.");
        Refused("choix.unique", AnswerInput.OfItems(Items(("premiere", "1")))).Code.ShouldBe("answer.wrong_shape");
        Refused("notes.conseil", AnswerInput.Of("Un", "Deux")).Code.ShouldBe("answer.single_value_expected");
    }

    [Fact]
    public void A_ranking_keeps_the_order_given()
    {
        Valid("choix.classement", AnswerInput.Of("salaire", "metier", "proximite"))
            .ShouldBe(new RankingAnswer("choix.classement", ["salaire", "metier", "proximite"]));
    }

    [Fact]
    public void A_ranking_can_be_posted_as_one_rank_per_option()
    {
        Valid("choix.classement", AnswerInput.OfItems(Items(("metier", "2"), ("salaire", "3"), ("proximite", "1"))))
            .ShouldBe(new RankingAnswer("choix.classement", ["proximite", "metier", "salaire"]));
    }

    [Theory]
    [InlineData(new[] { "metier", "salaire" }, "Classe toutes les propositions : « La proximité » n’a pas de rang.")]
    [InlineData(new[] { "metier", "salaire", "salaire" }, "Chaque proposition ne peut apparaître qu’une fois dans le classement.")]
    [InlineData(new[] { "metier", "salaire", "proximite", "metier" }, "Chaque proposition ne peut apparaître qu’une fois dans le classement.")]
    public void A_ranking_that_is_not_a_permutation_of_the_options_is_refused(string[] order, string message)
    {
        var error = Refused("choix.classement", new AnswerInput(order));

        error.Message.ShouldBe(message);
        error.Code.ShouldBe("answer.not_a_permutation");
    }

    [Theory]
    [InlineData("1", "1", "2", "Le rang 1 est donné deux fois : chaque rang ne peut servir qu’une fois.")]
    [InlineData("1", "2", "4", "Donne à chaque proposition un rang entre 1 et 3.")]
    [InlineData("1", "2", "premier", "Donne à chaque proposition un rang entre 1 et 3.")]
    [InlineData("1", "2", "", "Classe toutes les propositions : « La proximité » n’a pas de rang.")]
    public void Ranks_that_are_not_a_permutation_are_refused(string metier, string salaire, string proximite, string message)
    {
        Refused("choix.classement", AnswerInput.OfItems(Items(("metier", metier), ("salaire", salaire), ("proximite", proximite)))).Message
            .ShouldBe(message);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 12 ", 12)]
    [InlineData("50", 50)]
    public void A_number_within_its_range_is_accepted(string posted, int value)
    {
        Valid("notes.entreprises", AnswerInput.Of(posted)).ShouldBe(new NumberAnswer("notes.entreprises", value));
    }

    [Theory]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    public void A_number_out_of_range_is_refused(string posted)
    {
        var error = Refused("notes.entreprises", AnswerInput.Of(posted));

        error.Code.ShouldBe(posted.Length > 9 ? "answer.not_a_number" : "answer.out_of_range");
        if (error.Code == "answer.out_of_range")
        {
            error.Message.ShouldBe("Indique un nombre entre 0 et 50.");
        }
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("2,5")]
    [InlineData("2.5")]
    public void Something_that_is_not_a_whole_number_is_refused(string posted)
    {
        Refused("notes.entreprises", AnswerInput.Of(posted)).Message.ShouldBe("Indique un nombre entier, en chiffres (par exemple : 3).");
    }

    [Fact]
    public void Free_text_is_trimmed_and_its_line_breaks_normalised()
    {
        Valid("notes.conseil", AnswerInput.Of("  Fonce !\r\nEt accroche-toi.\rVraiment.\t\u0007  "))
            .ShouldBe(new FreeTextAnswer("notes.conseil", "Fonce !\nEt accroche-toi.\nVraiment."));
    }

    [Fact]
    public void Free_text_of_2000_characters_is_accepted()
    {
        var text = new string('a', QuestionnaireLimits.FreeTextMaxLength);

        Valid("notes.conseil", AnswerInput.Of($"  {text}\r\n  ")).ShouldBe(new FreeTextAnswer("notes.conseil", text));
    }

    [Fact]
    public void Free_text_over_2000_characters_is_refused()
    {
        var error = Refused("notes.conseil", AnswerInput.Of(new string('a', 2001)));

        error.Message.ShouldBe("Ta réponse est trop longue : 2001 caractères pour 2000 au maximum.");
        error.Code.ShouldBe("answer.too_long");
    }

    [Fact]
    public void Free_text_length_is_counted_after_line_breaks_are_normalised()
    {
        var lines = string.Join("\r\n", Enumerable.Repeat(new string('a', 99), 20));
        lines.Length.ShouldBeGreaterThan(2000);

        ((FreeTextAnswer)Valid("notes.conseil", AnswerInput.Of(lines))).Text.Length.ShouldBe(1999);
    }

    [Fact]
    public void A_valid_answer_turned_back_into_form_values_validates_to_itself()
    {
        var answers = new[]
        {
            Valid("choix.unique", AnswerInput.Of("autre").WithFollowUp("Service civique")),
            Valid("choix.multiple", AnswerInput.Of("cfa", "autre").WithFollowUp("Un ancien")),
            Valid("choix.classement", AnswerInput.Of("salaire", "metier", "proximite")),
            Valid("notes.accueil", AnswerInput.Of("moyen")),
            Valid("notes.aspects", AnswerInput.OfItems(Items(("cours", "bien"), ("formateurs", "mauvais")))),
            Valid("notes.entreprises", AnswerInput.Of("7")),
            Valid("notes.conseil", AnswerInput.Of("Fonce !\nVraiment.")),
            Valid("notes.facultative", AnswerInput.Empty),
        };

        foreach (var answer in answers)
        {
            Valid(answer.QuestionKey, answer.ToInput()).ShouldBe(answer);
        }
    }
}
