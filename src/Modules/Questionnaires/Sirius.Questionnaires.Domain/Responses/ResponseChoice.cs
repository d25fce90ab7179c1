namespace Sirius.Questionnaires.Domain.Responses;

/// <summary>
/// One counted value of a completed response (see <see cref="Questionnaires.Answer.ChosenValues"/>), written once at
/// completion and removed if the response is discarded: the CFA's results add these rows up per campaign.
/// </summary>
public sealed class ResponseChoice
{
    public const int KeyMaxLength = Questionnaires.Keys.MaxLength;

    private ResponseChoice()
    {
    }

    public Guid ResponseId { get; private set; }

    public Guid CampaignId { get; private set; }

    public string QuestionKey { get; private set; } = "";

    /// <summary>The rated item or ranked option; empty for a plain choice, scale or number.</summary>
    public string ItemKey { get; private set; } = "";

    public string Value { get; private set; } = "";

    /// <summary>
    /// True on exactly one choice per response and question, so that the grouping that counts each value's choices
    /// also counts the question's respondents (a multiple choice or a rated list has several rows per response).
    /// </summary>
    public bool CountsRespondent { get; private set; }

    /// <summary>A completed response's choices, the first of each question counting its respondent.</summary>
    public static IReadOnlyList<ResponseChoice> AllOf(Guid responseId, Guid campaignId, IEnumerable<(string QuestionKey, string? ItemKey, string Value)> chosen)
    {
        var questions = new HashSet<string>(StringComparer.Ordinal);
        return chosen.Select(c => new ResponseChoice
            {
                ResponseId = responseId,
                CampaignId = campaignId,
                QuestionKey = c.QuestionKey,
                ItemKey = c.ItemKey ?? "",
                Value = c.Value,
                CountsRespondent = questions.Add(c.QuestionKey),
            })
            .ToList();
    }
}
