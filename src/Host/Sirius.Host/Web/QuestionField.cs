using Microsoft.AspNetCore.Mvc.Rendering;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// One question rendered as form fields (partial <c>_Question</c>): the answer posts as <c>Values</c> (options, number,
/// text, a ranking's order), <c>Items[key]</c> (item scale ratings) and <c>FollowUp</c>.
/// After a ranking move without JavaScript, <c>MovedKey</c> and <c>MovedDirection</c> keep focus on the moved option.
/// </summary>
public sealed record QuestionField(
    QuestionView Question,
    IReadOnlyList<string> Values,
    IReadOnlyDictionary<string, string> Items,
    string? FollowUp = null,
    string? Error = null,
    bool Disabled = false,
    string? MovedKey = null,
    string? MovedDirection = null)
{
    public string Id { get; } = "q-" + TagBuilder.CreateSanitizedId(Question.Key, "-");

    public static QuestionField Preview(QuestionView question) =>
        new(question, [], new Dictionary<string, string>(), Disabled: true);

    public bool IsChosen(string key) => Values.Contains(key);

    public string? ItemValue(string key) => Items.GetValueOrDefault(key);

    /// <summary>A ranking question's options in the order shown and posted, most important first.</summary>
    public IReadOnlyList<ChoiceView> RankedOptions => RankingOrder.Of(Question, Values, Items);

    public string? DescribedBy =>
        string.Join(' ', new[] { Question.Help is null ? null : Id + "-help", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids
            ? ids
            : null;
}
