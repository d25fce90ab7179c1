using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>The public landing page of a campaign, by its link's token; null for an unknown or deleted campaign.</summary>
public sealed record GetCampaignLanding(string Token) : IQuery<CampaignLanding?>, IPublicRequest;

/// <summary>The link is one of a campaign its establishment deleted (then the apprentice is told the survey is closed, not that the address is wrong).</summary>
public sealed record IsCampaignDeleted(string Token) : IQuery<bool>, IPublicRequest;

/// <param name="Availability">One of <see cref="CampaignAvailabilities"/>.</param>
public sealed record CampaignLanding(
    Guid CampaignId,
    string Name,
    string FormationTitle,
    string Diploma,
    string EstablishmentName,
    string Commune,
    DateOnly StartDate,
    DateOnly EndDate,
    string Availability,
    int QuestionCount,
    bool PersonalInvitationsOnly = false);

public static class CampaignAvailabilities
{
    public const string Open = "ouverte";
    public const string NotStarted = "pas-commencee";
    public const string Ended = "terminee";
    public const string Full = "complete";
}

/// <summary>What proves a browser owns an anonymous response in progress: its id and the secret given at the first answer.</summary>
public sealed record ResponseKey(Guid ResponseId, string Secret);

/// <summary>
/// One screen of the answering flow (1-based <paramref name="StepNumber"/>); null when the campaign is unknown or deleted.
/// With no key, or a key that does not open a response of this campaign, the flow starts afresh.
/// </summary>
public sealed record GetResponseStep(string Token, ResponseKey? Key, int StepNumber) : IQuery<ResponseStep?>, IPublicRequest;

/// <param name="ResumeStepNumber">The furthest step the respondent may open: the first without an answer.</param>
/// <param name="Action">What the button does: <c>suivant</c>, <c>partie-suivante</c> or <c>terminer</c>.</param>
/// <param name="Answer">The saved answer to this step, to fill the form again.</param>
public sealed record ResponseStep(
    CampaignLanding Campaign,
    bool Completed,
    int StepNumber,
    int StepCount,
    int ResumeStepNumber,
    IReadOnlyList<StepperPart> Parts,
    int PartIndex,
    QuestionView Question,
    string Action,
    PostedAnswer Answer);

public sealed record StepperPart(string Title, string Emoji);

/// <summary>An answer as a form posts it: option keys or text in <paramref name="Values"/>, ratings or ranks in <paramref name="Items"/>.</summary>
public sealed record PostedAnswer(IReadOnlyList<string> Values, IReadOnlyDictionary<string, string> Items, string? FollowUp)
{
    public static PostedAnswer Empty { get; } = new([], new Dictionary<string, string>(), null);
}

public static class StepActions
{
    public const string Next = "suivant";
    public const string NextPart = "partie-suivante";
    public const string Finish = "terminer";
}

/// <summary>
/// Saves the answer to one question of an open campaign; the first answer creates the response (and its key), the
/// answer to the last question completes it (within the seats). Errors carry the question key as their field.
/// </summary>
/// <param name="HoneypotFilled">Whether the field hidden from people was filled in.</param>
/// <param name="AddressHash">A keyed hash of the respondent's network address (never the address).</param>
/// <param name="InvitationToken">
/// The personal link the respondent came through, if any: the first answer then uses it up and the response is
/// verified. A campaign open to personal invitations only refuses to start a response without one.
/// </param>
public sealed record SaveAnswer(
    string Token,
    ResponseKey? Key,
    string QuestionKey,
    PostedAnswer Answer,
    bool HoneypotFilled,
    string? AddressHash,
    string? InvitationToken = null) : IAtomicCommand<Result<SavedAnswer>>, IPublicRequest;

/// <param name="NextStepNumber">The step to show next; null once the response is completed.</param>
public sealed record SavedAnswer(ResponseKey Key, bool Started, int? NextStepNumber, bool Completed);
