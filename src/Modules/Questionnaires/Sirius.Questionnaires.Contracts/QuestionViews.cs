namespace Sirius.Questionnaires.Contracts;

/// <summary>A part of the questionnaire as a respondent sees it.</summary>
public sealed record CategoryView(string Title, string Emoji, IReadOnlyList<QuestionView> Questions);

/// <summary>
/// A question as a respondent sees it. <see cref="Kind"/> is the JSON name (<c>singleChoice</c>, <c>multipleChoice</c>,
/// <c>emojiScale</c>, <c>itemScale</c>, <c>ranking</c>, <c>number</c>, <c>freeText</c>); for the scales,
/// <see cref="Options"/> are the levels of the emoji scale and <see cref="Items"/> the rated lines.
/// </summary>
public sealed record QuestionView(
    string Key,
    string Kind,
    string Label,
    string? Help,
    bool Required,
    IReadOnlyList<ChoiceView> Options,
    IReadOnlyList<ChoiceView> Items,
    int? Min,
    int? Max,
    int? MaxSelections,
    FollowUpView? FollowUp,
    int MaxLength);

public sealed record ChoiceView(string Key, string Label);

public sealed record FollowUpView(string OptionKey, string Label, bool Multiline, int MaxLength);
