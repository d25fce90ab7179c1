namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>A part of the questionnaire (« Le CFA 🏫 »): one step of the stepper, holding its questions in order.</summary>
public sealed record Category
{
    private readonly IReadOnlyList<Question> _questions = EquatableList.Empty<Question>();

    /// <summary>Stable key of the category, e.g. <c>cfa</c>.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    public required string Emoji { get; init; }

    public required IReadOnlyList<Question> Questions
    {
        get => _questions;
        init => _questions = EquatableList.From(value);
    }
}
