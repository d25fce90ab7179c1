using System.Text.Json;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

/// <summary>Definitions as respondents see them (for the preview and the answering flow).</summary>
internal static class QuestionViewMapper
{
    private static readonly IReadOnlyList<ChoiceView> ScaleLevels =
        EmojiScale.Levels.Select(l => new ChoiceView(l.Key, l.Emoji + " " + l.Label)).ToList();

    public static IReadOnlyList<CategoryView> ToViews(this QuestionnaireDefinition definition) =>
        definition.Categories.Select(c => new CategoryView(c.Title, c.Emoji, c.Questions.Select(ToView).ToList())).ToList();

    public static QuestionView ToView(this Question question)
    {
        var isScale = question.Kind is QuestionKind.EmojiScale or QuestionKind.ItemScale;
        return new QuestionView(
            question.Key,
            JsonNamingPolicy.CamelCase.ConvertName(question.Kind.ToString()),
            question.Label,
            question.Help,
            question.Required,
            isScale ? ScaleLevels : question.Options.Select(o => new ChoiceView(o.Key, o.Label)).ToList(),
            question.Items.Select(i => new ChoiceView(i.Key, i.Label)).ToList(),
            question.Min,
            question.Max,
            question.MaxSelections,
            question.FollowUp is { } f ? new FollowUpView(f.OptionKey, f.Label, f.Kind == FollowUpKind.FreeText, f.MaxLength) : null,
            QuestionnaireLimits.FreeTextMaxLength);
    }
}
