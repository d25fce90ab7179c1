using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>The public landing page of a campaign, by its link's token; null for an unknown or deleted campaign.</summary>
public sealed record GetCampaignLanding(string Token) : IQuery<CampaignLanding?>;

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
    int QuestionCount);

public static class CampaignAvailabilities
{
    public const string Open = "ouverte";
    public const string NotStarted = "pas-commencee";
    public const string Ended = "terminee";
    public const string Full = "complete";
}
