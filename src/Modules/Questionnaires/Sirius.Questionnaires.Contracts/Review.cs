using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>Why a response was flagged, as the review tabs name them.</summary>
public static class SuspicionReasons
{
    public const string TooFast = "trop-rapide";
    public const string Incomplete = "incomplete";
    public const string Honeypot = "pot-de-miel";
    public const string Rate = "debit";

    public static IReadOnlyList<string> All { get; } = [TooFast, Incomplete, Honeypot, Rate];
}

/// <summary>Completed responses flagged as suspicious and not reviewed yet (administrators only), for one reason or all.</summary>
public sealed record ListFlaggedResponses(Guid ActorId, string? Reason = null, int Page = 1) : IQuery<Result<FlaggedResponses>>, IAdministratorRequest;

public sealed record FlaggedResponses(IReadOnlyList<ReasonCount> Counts, IReadOnlyList<FlaggedResponse> Items, int Total, int Page, int PageSize);

public sealed record ReasonCount(string Reason, int Count);

/// <param name="Reasons">Keys of <see cref="SuspicionReasons"/>.</param>
public sealed record FlaggedResponse(
    Guid Id, string CampaignName, string FormationTitle, string Siret, DateTime CompletedAtUtc, int DurationSeconds, int Answered, IReadOnlyList<string> Reasons);

public static class ReviewDecisions
{
    public const string Discard = "ecarter";
    public const string Keep = "conserver";
}

/// <summary>
/// An administrator keeps or discards flagged responses. A discarded response frees its seat, leaves the results and,
/// through <see cref="ResponseDiscarded"/>, the statistics and publications. Answers how many were reviewed.
/// </summary>
public sealed record ReviewFlaggedResponses(Guid ActorId, IReadOnlyList<Guid> ResponseIds, string Decision) : IAtomicCommand<Result<int>>, IAdministratorRequest;
