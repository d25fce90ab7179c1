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

    public static ResponseChoice Of(Guid responseId, Guid campaignId, string questionKey, string? itemKey, string value) => new()
    {
        ResponseId = responseId,
        CampaignId = campaignId,
        QuestionKey = questionKey,
        ItemKey = itemKey ?? "",
        Value = value,
    };
}
