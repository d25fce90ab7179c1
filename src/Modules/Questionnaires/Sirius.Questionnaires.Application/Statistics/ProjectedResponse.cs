namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>One response as the read side counts it: its campaign, day, duration, free-text presence, whether it is verified and chosen values.</summary>
internal sealed record ProjectedResponse(Guid CampaignId, DateOnly Day, int DurationSeconds, bool WithFreeText, bool Verified, IReadOnlyList<(string QuestionKey, string ItemKey, string Value)> Choices)
{
    /// <summary>The distinct choices, and one <see cref="QuestionRespondents.Value"/> row per question answered.</summary>
    public IEnumerable<(string QuestionKey, string ItemKey, string Value)> Counted =>
        Choices.Distinct().Concat(Choices.Select(c => c.QuestionKey).Distinct().Select(q => (q, "", QuestionRespondents.Value)));
}
