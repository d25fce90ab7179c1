using Shouldly;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class StepTests
{
    private static readonly QuestionnaireDefinition Sample = Definitions.SampleDefinition;

    [Fact]
    public void There_is_one_step_per_question_in_category_order()
    {
        Sample.Steps.Select(s => s.Question.Key).ShouldBe(
        [
            "choix.unique", "choix.multiple", "choix.classement",
            "notes.accueil", "notes.facultative", "notes.aspects", "notes.aspects_facultatifs", "notes.entreprises", "notes.conseil",
        ]);
        Sample.Steps.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 9));
    }

    [Fact]
    public void Each_step_knows_its_place_in_the_stepper()
    {
        var step = Sample.FindStep("notes.facultative")!;

        step.ShouldSatisfyAllConditions(
            s => s.Index.ShouldBe(4),
            s => s.CategoryIndex.ShouldBe(1),
            s => s.QuestionIndex.ShouldBe(1),
            s => s.Category.Title.ShouldBe("Des notes"),
            s => s.Question.Label.ShouldBe("Et la cantine ?"),
            s => s.IsFirstInCategory.ShouldBeFalse());
    }

    [Fact]
    public void The_button_says_next_then_next_part_at_the_end_of_a_category_then_finish()
    {
        Sample.Steps.Select(s => s.Action).ShouldBe(
        [
            StepAction.Next, StepAction.Next, StepAction.NextPart,
            StepAction.Next, StepAction.Next, StepAction.Next, StepAction.Next, StepAction.Next, StepAction.Finish,
        ]);
        Sample.Steps.Count(s => s.IsLast).ShouldBe(1);
        Sample.Steps[^1].IsLast.ShouldBeTrue();
        Sample.Steps[0].IsFirst.ShouldBeTrue();
        Sample.Steps.Where(s => s.IsLastInCategory).Select(s => s.Question.Key).ShouldBe(["choix.classement", "notes.conseil"]);
    }

    [Fact]
    public void A_single_question_questionnaire_finishes_on_its_first_step()
    {
        var definition = QuestionnaireDefinition.Parse(Definitions.WithQuestions("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?" }""")).Value;

        definition.Steps.Single().Action.ShouldBe(StepAction.Finish);
    }

    [Fact]
    public void An_unknown_question_has_no_step()
    {
        Sample.FindStep("cfa.inconnue").ShouldBeNull();
        Sample.FindQuestion("cfa.inconnue").ShouldBeNull();
    }

    [Fact]
    public void The_default_questionnaire_ends_with_the_advice_to_a_future_apprentice()
    {
        var steps = DefaultQuestionnaire.Definition.Steps;

        steps[^1].Category.Key.ShouldBe("conseils");
        steps[^1].Action.ShouldBe(StepAction.Finish);
        steps.Count(s => s.Action == StepAction.NextPart).ShouldBe(DefaultQuestionnaire.Definition.Categories.Count - 1);
    }
}
