using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// The results of some of the actor's campaigns (all of them when <paramref name="CampaignIds"/> is empty), merged
/// across questionnaire versions by question key. Another CFA's campaign is not found.
/// </summary>
public sealed record GetCampaignResults(Guid ActorId, IReadOnlyList<Guid> CampaignIds) : IQuery<Result<CampaignResults>>, IEstablishmentRequest;

/// <param name="MedianSeconds">Median completion time; null without responses or below the anonymity threshold.</param>
/// <param name="FreeTextRate">Share of responses with at least one free-text answer (0 to 1); null below the anonymity threshold.</param>
/// <param name="VerifiedResponses">Responses given through a personal invitation link.</param>
/// <param name="Invitations">The campaigns' rosters together: invited, opened, answered, and the response rate among the invited.</param>
/// <param name="AnonymityThreshold">
/// The fewest responses a figure is computed over (<c>Sirius:AnonymityThreshold</c>): below it, the median, the
/// free-text rate and the rows of every question answered are withheld; so are a question's rows when fewer answered it.
/// </param>
/// <param name="InProgressResponses">Questionnaires started and not finished (yet).</param>
public sealed record CampaignResults(
    IReadOnlyList<ResultCampaign> Campaigns,
    int Responses,
    int? MedianSeconds,
    double? FreeTextRate,
    IReadOnlyList<QuestionResult> Questions,
    int VerifiedResponses,
    RosterCounts Invitations,
    int AnonymityThreshold,
    int InProgressResponses)
{
    /// <summary>The share of the questionnaires started (and not discarded) that were finished; null before any start.</summary>
    public double? CompletionRate => Responses + InProgressResponses == 0 ? null : (double)Responses / (Responses + InProgressResponses);

    /// <summary>Some responses, too few: only counts are given.</summary>
    public bool Masked => Responses > 0 && Responses < AnonymityThreshold;
}

public sealed record ResultCampaign(Guid Id, string Name, string FormationTitle, string Siret, int Responses, DateOnly StartDate, DateOnly EndDate);

/// <param name="Kind">As in <see cref="QuestionView.Kind"/>.</param>
/// <param name="Respondents">Responses that answered this question.</param>
/// <param name="Masked">Answered, by fewer responses than the anonymity threshold: <paramref name="Rows"/> is empty.</param>
public sealed record QuestionResult(string Key, string Kind, string Label, string Category, int Respondents, IReadOnlyList<ResultRow> Rows, bool Masked);

/// <summary>How many chose <paramref name="ValueKey"/> (for <paramref name="ItemKey"/> on an item scale or a ranking, where the value is the rank).</summary>
public sealed record ResultRow(string? ItemKey, string? ItemLabel, string ValueKey, string ValueLabel, int Count);
