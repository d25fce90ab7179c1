namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// An answer as a form posts it, before validation: all strings.
/// <list type="bullet">
/// <item><see cref="Values"/>: the option key(s) (radio, checkboxes), the ranking order, the scale key
/// (<c>mauvais</c>/<c>moyen</c>/<c>bien</c>), the number, or the text.</item>
/// <item><see cref="ItemValues"/>: for an item scale, item key → scale key; for a ranking posted as one
/// select per option (no JavaScript), option key → rank (<c>"1"</c>, <c>"2"</c>…).</item>
/// <item><see cref="FollowUp"/>: the follow-up text (« Autre : précise »).</item>
/// </list>
/// Blank values are ignored, so a form can post every field it shows.
/// </summary>
public sealed record AnswerInput(
    IReadOnlyList<string> Values,
    IReadOnlyDictionary<string, string>? ItemValues = null,
    string? FollowUp = null)
{
    public static AnswerInput Empty { get; } = new([]);

    public static AnswerInput Of(params string[] values) => new(values);

    public static AnswerInput OfItems(IReadOnlyDictionary<string, string> itemValues) => new([], itemValues);

    public AnswerInput WithFollowUp(string? followUp) => this with { FollowUp = followUp };
}
