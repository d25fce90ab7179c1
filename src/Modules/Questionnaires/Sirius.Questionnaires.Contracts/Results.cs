using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// The results of some of the actor's campaigns (all of them when <paramref name="CampaignIds"/> is empty), merged
/// across questionnaire versions by question key. Another CFA's campaign is not found.
/// </summary>
public sealed record GetCampaignResults(Guid ActorId, IReadOnlyList<Guid> CampaignIds) : IQuery<Result<CampaignResults>>;

/// <param name="MedianSeconds">Median completion time; null without responses.</param>
/// <param name="FreeTextRate">Share of responses with at least one free-text answer (0 to 1).</param>
/// <param name="VerifiedResponses">Responses given through a personal invitation link.</param>
/// <param name="Invitations">The campaigns' rosters together: invited, opened, answered, and the response rate among the invited.</param>
public sealed record CampaignResults(
    IReadOnlyList<ResultCampaign> Campaigns,
    int Responses,
    int? MedianSeconds,
    double FreeTextRate,
    IReadOnlyList<QuestionResult> Questions,
    int VerifiedResponses,
    RosterCounts Invitations);

public sealed record ResultCampaign(Guid Id, string Name, string FormationTitle, string Siret, int Responses);

/// <param name="Kind">As in <see cref="QuestionView.Kind"/>.</param>
/// <param name="Respondents">Responses that answered this question.</param>
public sealed record QuestionResult(string Key, string Kind, string Label, string Category, int Respondents, IReadOnlyList<ResultRow> Rows);

/// <summary>How many chose <paramref name="ValueKey"/> (for <paramref name="ItemKey"/> on an item scale or a ranking, where the value is the rank).</summary>
public sealed record ResultRow(string? ItemKey, string? ItemLabel, string ValueKey, string ValueLabel, int Count);
