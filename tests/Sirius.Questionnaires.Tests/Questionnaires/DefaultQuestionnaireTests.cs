using Shouldly;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class DefaultQuestionnaireTests
{
    private static readonly QuestionnaireDefinition Default = DefaultQuestionnaire.Definition;

    [Fact]
    public void The_default_questionnaire_parses_without_error()
    {
        QuestionnaireDefinition.FindErrors(DefaultQuestionnaire.Json).ShouldBeEmpty();
        QuestionnaireDefinition.Parse(DefaultQuestionnaire.Json).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void The_default_questionnaire_is_written_in_canonical_form()
    {
        Default.ToJson().ShouldBe(DefaultQuestionnaire.Json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_default_questionnaire_uses_every_question_kind()
    {
        Default.Questions.Select(q => q.Kind).Distinct().Order().ShouldBe(Enum.GetValues<QuestionKind>());
    }

    [Fact]
    public void The_default_questionnaire_has_about_twenty_questions_in_five_or_six_categories()
    {
        Default.Categories.Count.ShouldBeInRange(5, 6);
        Default.Steps.Count.ShouldBeInRange(18, 24);
    }

    [Fact]
    public void The_default_questionnaire_has_the_expected_categories()
    {
        Default.Categories.Select(c => $"{c.Title} {c.Emoji}").ShouldBe(
        [
            "Toi et ta formation 🎓", "Le CFA 🏫", "Trouver une entreprise 🔎", "L’entreprise 🏭",
            "Le rythme école–entreprise 🗓️", "Conseils à un futur apprenti 💬",
        ]);
    }

    [Fact]
    public void The_default_questionnaire_asks_at_least_three_optional_peer_questions_in_free_text()
    {
        var peerQuestions = Default.Questions.Where(q => q.Kind == QuestionKind.FreeText && q.PeerQuestion).ToList();

        peerQuestions.Count.ShouldBeGreaterThanOrEqualTo(3);
        peerQuestions.ShouldAllBe(q => !q.Required);
        peerQuestions.Select(q => q.Key).ShouldContain("conseils.futur_apprenti");
        peerQuestions.Select(q => q.Label).ShouldContain("Qu’aimerais-tu dire à un jeune qui hésite à choisir cette formation ?");
        peerQuestions.Select(q => q.Label).ShouldContain("Comment se passe une journée type dans ton entreprise ?");
        peerQuestions.Select(q => q.Label).ShouldContain("Qu’as-tu pensé des cours au CFA ?");
    }

    [Fact]
    public void The_default_questionnaire_keys_are_unique_and_well_formed()
    {
        var keys = Default.Questions.Select(q => q.Key).ToList();

        keys.ShouldBeUnique();
        keys.ShouldAllBe(k => Keys.IsQuestionKey(k));
        keys.ShouldContain("cfa.accueil");
        keys.ShouldContain("entreprise.tuteur");
        keys.ShouldContain("rythme.alternance");
    }

    [Fact]
    public void The_default_questionnaire_has_an_other_specify_follow_up_on_a_multiple_choice()
    {
        Default.Questions.ShouldContain(q => q.Kind == QuestionKind.MultipleChoice && q.FollowUp != null && q.FollowUp.OptionKey == "autre");
    }

    [Fact]
    public void Questions_of_each_category_start_with_the_category_key()
    {
        foreach (var category in Default.Categories)
        {
            category.Questions.ShouldAllBe(q => q.Key.StartsWith(category.Key + ".", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Several_questions_give_a_did_you_know_help()
    {
        Default.Questions.Count(q => q.Help?.StartsWith("Le savais-tu ?", StringComparison.Ordinal) == true).ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public void The_default_questionnaire_accepts_a_complete_answer_to_every_question()
    {
        var answers = new Dictionary<string, AnswerInput>
        {
            ["formation.annee"] = AnswerInput.Of("premiere"),
            ["formation.avant"] = AnswerInput.Of("autre").WithFollowUp("Service civique"),
            ["formation.criteres"] = AnswerInput.Of("metier", "salaire", "emploi", "proximite", "entourage"),
            ["cfa.accueil"] = AnswerInput.Of("bien"),
            ["cfa.aspects"] = AnswerInput.OfItems(Default.FindQuestion("cfa.aspects")!.Items.ToDictionary(i => i.Key, _ => "moyen")),
            ["cfa.niveau"] = AnswerInput.Of("adapte"),
            ["cfa.cours"] = AnswerInput.Of("Les cours sont concrets."),
            ["recherche.moyens"] = AnswerInput.Of("cfa", "autre").WithFollowUp("Un ancien élève"),
            ["recherche.entreprises_contactees"] = AnswerInput.Of("12"),
            ["recherche.ressenti"] = AnswerInput.Of("mauvais"),
            ["recherche.conseil"] = AnswerInput.Empty,
            ["entreprise.integration"] = AnswerInput.Of("bien"),
            ["entreprise.tuteur"] = AnswerInput.Of("bien"),
            ["entreprise.aspects"] = AnswerInput.OfItems(Default.FindQuestion("entreprise.aspects")!.Items.ToDictionary(i => i.Key, _ => "bien")),
            ["entreprise.journee_type"] = AnswerInput.Of("J’arrive à 8 h, je prépare l’atelier."),
            ["rythme.alternance"] = AnswerInput.Of("semaines"),
            ["rythme.ressenti"] = AnswerInput.Of("moyen"),
            ["rythme.difficultes"] = AnswerInput.Of("fatigue", "trajets"),
            ["conseils.recommandation"] = AnswerInput.Of("oui_mais"),
            ["conseils.futur_apprenti"] = AnswerInput.Of("Fonce !"),
            ["conseils.a_savoir"] = AnswerInput.Empty,
        };

        answers.Keys.ShouldBe(Default.Questions.Select(q => q.Key), ignoreOrder: true);
        foreach (var (key, input) in answers)
        {
            var result = Default.ValidateAnswer(key, input);
            result.IsSuccess.ShouldBeTrue($"{key}: {result.Error?.Message}");
        }
    }
}
