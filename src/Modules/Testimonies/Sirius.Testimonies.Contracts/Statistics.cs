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

/// <summary>
/// Published testimonies per theme for each group of campaigns of the open data (the campaigns of one formation ×
/// establishment × territory × year that reached the anonymity threshold), themes by stable key with their French label.
/// </summary>
public sealed record GetPublishedThemes(IReadOnlyList<IReadOnlyList<Guid>> CampaignGroups) : IQuery<PublishedThemes>, IPublicRequest;

/// <param name="Themes">Every theme, in a stable order: key (never changes) and label.</param>
/// <param name="ByGroup">For each group, in the order asked, published testimonies per theme key, every theme included (0 without any).</param>
public sealed record PublishedThemes(IReadOnlyList<(string Key, string Label)> Themes, IReadOnlyList<IReadOnlyDictionary<string, int>> ByGroup);
