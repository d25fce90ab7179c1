using System.Globalization;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// A validated answer to one question, made by <see cref="QuestionnaireDefinition.ValidateAnswer"/>: option keys exist,
/// texts are normalised and within their limits. <see cref="ToInput"/> turns it back into a form's values (to resume).
/// </summary>
public abstract record Answer(string QuestionKey)
{
    /// <summary>Whether the question was left empty (only possible when it is not required).</summary>
    public virtual bool IsSkipped => false;

    public abstract AnswerInput ToInput();

    /// <summary>What results count: each chosen option, rating or rank (free text counts nothing).</summary>
    public virtual IEnumerable<ChosenValue> ChosenValues => [];
}

/// <summary>One counted value of a closed answer: an option or scale key, or a number; for a rated item or a ranked option, its key.</summary>
public sealed record ChosenValue(string? ItemKey, string Value);

/// <summary>An optional question left empty.</summary>
public sealed record SkippedAnswer(string QuestionKey) : Answer(QuestionKey)
{
    public override bool IsSkipped => true;

    public override AnswerInput ToInput() => AnswerInput.Empty;
}

public sealed record SingleChoiceAnswer(string QuestionKey, string OptionKey, string? FollowUp = null) : Answer(QuestionKey)
{
    public override AnswerInput ToInput() => new([OptionKey], null, FollowUp);

    public override IEnumerable<ChosenValue> ChosenValues => [new(null, OptionKey)];
}

/// <summary>The chosen options, in the order of the question's options.</summary>
public sealed record MultipleChoiceAnswer(string QuestionKey, IReadOnlyList<string> OptionKeys, string? FollowUp = null) : Answer(QuestionKey)
{
    public IReadOnlyList<string> OptionKeys { get; } = EquatableList.From(OptionKeys);

    public override AnswerInput ToInput() => new(OptionKeys, null, FollowUp);

    public override IEnumerable<ChosenValue> ChosenValues => OptionKeys.Select(k => new ChosenValue(null, k));
}

public sealed record EmojiScaleAnswer(string QuestionKey, ScaleValue Value) : Answer(QuestionKey)
{
    public override AnswerInput ToInput() => new([EmojiScale.Of(Value).Key]);

    public override IEnumerable<ChosenValue> ChosenValues => [new(null, EmojiScale.Of(Value).Key)];
}

/// <summary>The rated items, in the order of the question's items (items left unrated are absent).</summary>
public sealed record ItemScaleAnswer(string QuestionKey, IReadOnlyList<ItemRating> Ratings) : Answer(QuestionKey)
{
    public IReadOnlyList<ItemRating> Ratings { get; } = EquatableList.From(Ratings);

    public override AnswerInput ToInput() => new([], Ratings.ToDictionary(r => r.ItemKey, r => EmojiScale.Of(r.Value).Key));

    public override IEnumerable<ChosenValue> ChosenValues => Ratings.Select(r => new ChosenValue(r.ItemKey, EmojiScale.Of(r.Value).Key));
}

public sealed record ItemRating(string ItemKey, ScaleValue Value);

/// <summary>Every option of the question, most important first.</summary>
public sealed record RankingAnswer(string QuestionKey, IReadOnlyList<string> OptionKeys) : Answer(QuestionKey)
{
    public IReadOnlyList<string> OptionKeys { get; } = EquatableList.From(OptionKeys);

    public override AnswerInput ToInput() => new(OptionKeys);

    /// <summary>Each option with its rank, « 1 » for the most important.</summary>
    public override IEnumerable<ChosenValue> ChosenValues =>
        OptionKeys.Select((k, i) => new ChosenValue(k, (i + 1).ToString(CultureInfo.InvariantCulture)));
}

public sealed record NumberAnswer(string QuestionKey, int Value) : Answer(QuestionKey)
{
    public override AnswerInput ToInput() => new([Value.ToString(CultureInfo.InvariantCulture)]);

    public override IEnumerable<ChosenValue> ChosenValues => [new(null, Value.ToString(CultureInfo.InvariantCulture))];
}

/// <summary>A free-text answer, normalised (see <see cref="QuestionKind.FreeText"/>); it becomes a verbatim to moderate.</summary>
public sealed record FreeTextAnswer(string QuestionKey, string Text) : Answer(QuestionKey)
{
    public override AnswerInput ToInput() => new([Text]);
}
