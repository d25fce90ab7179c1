using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class QuestionnaireVersionTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Tuesday = Monday.AddDays(1);
    private static readonly DateTime Wednesday = Monday.AddDays(2);

    private static QuestionnaireVersion Draft(string? json = null) =>
        QuestionnaireVersion.CreateDraft(1, json ?? DefaultQuestionnaire.Json, Monday).Value;

    private static QuestionnaireVersion Validated()
    {
        var version = Draft();
        version.Validate(Tuesday).IsSuccess.ShouldBeTrue();
        return version;
    }

    private static QuestionnaireVersion Answered()
    {
        var version = Validated();
        version.RecordAnswer(Wednesday).IsSuccess.ShouldBeTrue();
        return version;
    }

    [Fact]
    public void A_new_version_is_a_draft()
    {
        var version = Draft();

        version.ShouldSatisfyAllConditions(
            v => v.Id.ShouldNotBe(Guid.Empty),
            v => v.Number.ShouldBe(1),
            v => v.Status.ShouldBe(QuestionnaireVersionStatus.Draft),
            v => v.IsDraft.ShouldBeTrue(),
            v => v.CreatedAtUtc.ShouldBe(Monday),
            v => v.ValidatedAtUtc.ShouldBeNull(),
            v => v.HasAnswers.ShouldBeFalse(),
            v => v.Definition.Value.ShouldBe(DefaultQuestionnaire.Definition));
    }

    [Fact]
    public void A_version_number_starts_at_one()
    {
        QuestionnaireVersion.CreateDraft(0, DefaultQuestionnaire.Json, Monday).Error!.Code.ShouldBe("questionnaire_version.invalid_number");
    }

    [Fact]
    public void A_draft_can_be_edited_even_with_errors_in_progress()
    {
        var version = Draft();

        version.Edit("{ \"categories\": [", Tuesday).IsSuccess.ShouldBeTrue();

        version.DefinitionJson.ShouldBe("{ \"categories\": [");
        version.UpdatedAtUtc.ShouldBe(Tuesday);
        version.Definition.IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void An_oversized_definition_is_refused()
    {
        Draft().Edit(new string(' ', QuestionnaireLimits.DefinitionMaxLength + 1), Tuesday).Error!.Code.ShouldBe("questionnaire_version.too_long");
    }

    [Fact]
    public void Validating_a_valid_draft_freezes_its_status()
    {
        var version = Draft();

        version.Validate(Tuesday).IsSuccess.ShouldBeTrue();

        version.Status.ShouldBe(QuestionnaireVersionStatus.Validated);
        version.ValidatedAtUtc.ShouldBe(Tuesday);
    }

    [Fact]
    public void A_draft_with_an_invalid_definition_cannot_be_validated()
    {
        var version = Draft(Definitions.WithQuestions("""{ "key": "cfa.note", "kind": "note", "label": "Ta note ?" }"""));

        var result = version.Validate(Tuesday);

        result.Error!.Message.ShouldStartWith("Catégorie 1, question 1 : le type « note » est inconnu");
        version.Status.ShouldBe(QuestionnaireVersionStatus.Draft);
    }

    [Fact]
    public void A_validated_version_cannot_be_validated_again()
    {
        Validated().Validate(Wednesday).Error!.Message.ShouldBe("La version 1 est déjà validée.");
    }

    [Fact]
    public void A_validated_version_is_not_edited_in_place()
    {
        var version = Validated();

        var result = version.Edit(Definitions.Sample, Wednesday);

        result.Error!.Message.ShouldBe("La version 1 est validée : repassez-la en brouillon ou dupliquez-la pour la modifier.");
        result.Error.Kind.ShouldBe(ErrorKind.Conflict);
        version.DefinitionJson.ShouldBe(DefaultQuestionnaire.Json);
    }

    [Fact]
    public void A_validated_version_without_answers_can_return_to_draft_and_be_edited()
    {
        var version = Validated();

        version.EnsureCanChange().IsSuccess.ShouldBeTrue();
        version.ReturnToDraft(Wednesday).IsSuccess.ShouldBeTrue();

        version.Status.ShouldBe(QuestionnaireVersionStatus.Draft);
        version.ValidatedAtUtc.ShouldBeNull();
        version.Edit(Definitions.Sample, Wednesday).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_validated_version_that_has_answers_is_immutable()
    {
        var version = Answered();
        const string Immutable = "La version 1 a déjà reçu des réponses : elle ne peut plus être modifiée. Dupliquez-la pour préparer une nouvelle version.";

        version.EnsureCanChange().Error!.Message.ShouldBe(Immutable);
        version.EnsureCanChange().Error!.Code.ShouldBe("questionnaire_version.immutable");
        version.Edit(Definitions.Sample, Wednesday).Error!.Message.ShouldBe(Immutable);
        version.ReturnToDraft(Wednesday).Error!.Message.ShouldBe(Immutable);
        version.Status.ShouldBe(QuestionnaireVersionStatus.Validated);
        version.DefinitionJson.ShouldBe(DefaultQuestionnaire.Json);
    }

    [Fact]
    public void Only_the_first_answer_is_dated()
    {
        var version = Answered();

        version.RecordAnswer(Wednesday.AddDays(3)).IsSuccess.ShouldBeTrue();

        version.FirstAnsweredAtUtc.ShouldBe(Wednesday);
        version.HasAnswers.ShouldBeTrue();
    }

    [Fact]
    public void A_draft_cannot_receive_answers()
    {
        var version = Draft();

        version.RecordAnswer(Tuesday).Error!.Message.ShouldBe("La version 1 n’est pas validée : elle ne peut pas recevoir de réponses.");
        version.HasAnswers.ShouldBeFalse();
    }

    [Fact]
    public void Duplicating_creates_a_new_draft_with_the_same_definition_and_the_next_number()
    {
        var original = Answered();

        var copy = original.Duplicate(2, Wednesday).Value;

        copy.ShouldSatisfyAllConditions(
            c => c.Id.ShouldNotBe(original.Id),
            c => c.Number.ShouldBe(2),
            c => c.Status.ShouldBe(QuestionnaireVersionStatus.Draft),
            c => c.DefinitionJson.ShouldBe(original.DefinitionJson),
            c => c.DuplicatedFromId.ShouldBe(original.Id),
            c => c.CreatedAtUtc.ShouldBe(Wednesday),
            c => c.HasAnswers.ShouldBeFalse());
        copy.Edit(Definitions.Sample, Wednesday).IsSuccess.ShouldBeTrue();
        original.DefinitionJson.ShouldBe(DefaultQuestionnaire.Json);
    }

    [Fact]
    public void A_draft_can_be_duplicated_too()
    {
        Draft().Duplicate(5, Tuesday).Value.Number.ShouldBe(5);
    }

    [Fact]
    public void A_copy_must_be_numbered_after_its_original()
    {
        var version = QuestionnaireVersion.CreateDraft(3, DefaultQuestionnaire.Json, Monday).Value;

        version.Duplicate(3, Tuesday).Error!.Message.ShouldBe("La copie doit porter un numéro supérieur à celui de la version 3.");
    }

    [Fact]
    public void The_definition_follows_the_edited_text()
    {
        var version = Draft();
        version.Definition.Value.ShouldBe(DefaultQuestionnaire.Definition);

        version.Edit(Definitions.Sample, Tuesday);

        version.Definition.Value.ShouldBe(Definitions.SampleDefinition);
    }
}
