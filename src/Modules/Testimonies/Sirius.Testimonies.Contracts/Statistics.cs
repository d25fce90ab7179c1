using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

/// <summary>
/// Verbatims per moderation status within the actor's statistics scope (an observer's scope; the whole country for an
/// administrator, or with <paramref name="National"/>); empty when the scope has responses, fewer
/// than the anonymity threshold (<c>Sirius:AnonymityThreshold</c>).
/// </summary>
public sealed record GetVerbatimCounts(Guid ActorId, bool National = false) : IQuery<IReadOnlyList<StatusCount>>, IStatisticsRequest;

/// <summary>
/// For administrators: each establishment's verbatims per moderation status, keyed by SIRET; establishments with fewer
/// responses than the anonymity threshold are left out.
/// </summary>
public sealed record GetVerbatimCountsBySiret(Guid ActorId) : IQuery<IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>>, IAdministratorRequest;

/// <summary>
/// Recounts the verbatims per formation and status, the published ones per formation and theme, and the public
/// statistics' counters, from the rows themselves; answers how many status tallies it wrote.
/// </summary>
public sealed record RebuildVerbatimTallies : IAtomicCommand<Result<int>>, ISystemRequest;

/// <summary>Published testimonies per campaign and theme, for the open data (themes by stable key, with their French label).</summary>
public sealed record GetPublishedThemes(IReadOnlyList<Guid> CampaignIds) : IQuery<PublishedThemes>, IPublicRequest;

/// <param name="Themes">Every theme, in a stable order: key (never changes) and label.</param>
/// <param name="ByCampaign">Per campaign, published testimonies per theme key (themes without any are left out).</param>
public sealed record PublishedThemes(IReadOnlyList<(string Key, string Label)> Themes, IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>> ByCampaign);
