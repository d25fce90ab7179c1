using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

public static class PublicSubjects
{
    public const string Formation = "formation";
    public const string Establishment = "etablissement";
}

/// <summary>
/// What the public may read about a formation (by CFD, RNCP or CertifInfo code) or an establishment (by SIRET or
/// UAI). A malformed code is an <see cref="ErrorKind.Invalid"/> error, an unknown one <see cref="ErrorKind.NotFound"/>.
/// <see cref="FormateurSiret"/> narrows a formation to the one given by that establishment.
/// </summary>
public sealed record GetPublicTestimonies(string Subject, string Code, int Page = 1, int Size = 20, string? FormateurSiret = null) : IQuery<Result<PublicTestimonies>>, IPublicRequest;

/// <summary>
/// The versions public pages and answers are rendered from, so that the host can keep a rendering until they move.
/// Most calls cost a memory read: no database round trip, no scope.
/// </summary>
public interface IPublicReadVersions
{
    /// <summary>
    /// The version of the public read models: it moves in the same transaction as any change to them (read from the
    /// database at most a second ago, so another host instance's change is seen within a second).
    /// </summary>
    ValueTask<long> ReadModelsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The read-model version the nearby search answers from: its in-memory index, rebuilt in the background when the
    /// read models move, so it follows <see cref="ReadModelsAsync"/> within seconds.
    /// </summary>
    ValueTask<long> NearbyIndexAsync(CancellationToken cancellationToken);
}

/// <param name="Responses">Completed responses; null when below the anonymity threshold, and then nothing else is given.</param>
/// <param name="Testimonies">Published testimonies of the page, gems first, then by theme.</param>
/// <param name="VerifiedResponses">Of <paramref name="Responses"/>, those given through a personal invitation; null below the threshold.</param>
public sealed record PublicTestimonies(
    string Subject,
    string Code,
    string Title,
    int? Responses,
    int AnonymityThreshold,
    IReadOnlyList<QuestionDistribution> Distributions,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<PublicTestimony> Testimonies,
    int Total,
    int Page,
    int Size,
    int? VerifiedResponses)
{
    /// <summary>The share of verified responses, in whole percent; null below the threshold.</summary>
    public int? VerifiedPercent => Responses is > 0 && VerifiedResponses is { } verified ? verified * 100 / Responses.Value : null;
}

public sealed record QuestionDistribution(string QuestionKey, string? ItemKey, IReadOnlyList<ValueCount> Values);

public sealed record ValueCount(string Value, int Count);

public sealed record ThemeCount(string Theme, int Count);

/// <param name="Reply">The establishment's reply, once moderation published it.</param>
/// <param name="Verified">Written by a respondent invited personally (a « vérifié » mark).</param>
public sealed record PublicTestimony(Guid Id, string Question, string Text, IReadOnlyList<string> Themes, bool IsGem, DateTime PublishedAtUtc, int Useful, PublicReply? Reply, bool Verified);

/// <summary>
/// The public statistics page's figures about testimonies: read models the projections keep (one counters row, the
/// national theme counts, the moderation delays in hour buckets), never a count of the rows per request.
/// </summary>
public sealed record GetPublicStatistics : IQuery<PublicStatistics>, IPublicRequest;

/// <summary>
/// Every count is null (withheld) when it is above zero and below <paramref name="AnonymityThreshold"/>; a share or
/// a median is null unless at least that many decisions are behind it.
/// </summary>
/// <param name="PublishedSharePercent">Of the testimonies moderation published or rejected, the published ones, in percent.</param>
/// <param name="MedianModerationHours">
/// The whole hours between a testimony's arrival and the moderation decision in force, for the middle decision.
/// </param>
/// <param name="Themes">Published testimonies per theme, most written about first (a testimony may carry several).</param>
public sealed record PublicStatistics(
    int? Establishments,
    int? Campaigns,
    int? Responses,
    int? PublishedTestimonies,
    double? PublishedSharePercent,
    int? MedianModerationHours,
    IReadOnlyList<PublicThemeCount> Themes,
    int AnonymityThreshold);

/// <param name="Count">Published testimonies with this theme; null when withheld below the anonymity threshold.</param>
public sealed record PublicThemeCount(string Theme, int? Count);

/// <summary>
/// "Was this testimony useful?", counted once per browser (identified by a random token) and testimony: a second
/// answer is a <see cref="ErrorKind.Conflict"/>, an unpublished testimony <see cref="ErrorKind.NotFound"/>.
/// </summary>
public sealed record RecordTestimonyFeedback(Guid VerbatimId, bool Useful, string BrowserToken) : ICommand<Result>, IPublicRequest;

/// <summary>
/// The testimonies moderation published from some campaigns (never pending or rejected ones), for the results of a CFA:
/// only those of the SIRETs the actor's account may act for (every one for an administrator), whatever campaigns are
/// asked for. Gems first, then the newest. Nothing is listed or counted when the campaigns have fewer completed
/// responses together than the anonymity threshold.
/// </summary>
/// <param name="Responses">The campaigns' completed responses together, as <c>GetCampaignResults</c> counts them.</param>
public sealed record GetCampaignTestimonies(Guid ActorId, IReadOnlyList<Guid> CampaignIds, long Responses, int Max = 100)
    : IQuery<CampaignTestimonies>, IEstablishmentRequest;

/// <param name="Masked">True below the anonymity threshold: then <paramref name="Published"/> is 0 and <paramref name="Items"/> and <paramref name="Written"/> empty.</param>
/// <param name="Written">By question key, how many free texts the campaigns' responses wrote (whatever their moderation status).</param>
public sealed record CampaignTestimonies(int Published, IReadOnlyList<CampaignTestimony> Items, bool Masked = false, IReadOnlyDictionary<string, int>? Written = null);

/// <param name="Reply">The establishment's reply to it, whatever its moderation status; null when it has none yet.</param>
public sealed record CampaignTestimony(Guid Id, string QuestionKey, string Question, string Text, bool IsGem, DateTime PublishedAtUtc, OwnReply? Reply);

/// <summary>
/// Erases the original text (and the pre-moderation excerpts and edit history) of verbatims a moderator published or
/// rejected more than <c>Retention:VerbatimOriginalsDays</c> ago; answers how many were erased.
/// </summary>
public sealed record PurgeVerbatimOriginals : IBatchCommand<int>, ISystemRequest;
