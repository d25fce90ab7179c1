using System.Collections.Concurrent;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>
/// The campaigns found by their link's token, kept for <see cref="RecentVersion.Lifetime"/> (one second): an apprentice's
/// answering sends about 45 requests, each needing its campaign (a four-table join). Same promise as the read sides'
/// versions: a change made by this process is seen at once (its context calls <see cref="Changed"/> when it saves a
/// campaign, formation, questionnaire version or establishment, and nothing is served from memory for a second after),
/// a change made by another instance within a second. A campaign with a seat limit is never kept: every completed
/// response may fill it.
/// </summary>
public sealed class CampaignLinkCache
{
    private const int Capacity = 10_000;
    private static readonly long LifetimeMs = (long)RecentVersion.Lifetime.TotalMilliseconds;
    private readonly ConcurrentDictionary<string, Entry> _links = new(StringComparer.Ordinal);
    private long _changedAt = long.MinValue / 2;

    internal sealed record Link(Campaign Campaign, CampaignFormation Formation, DateTime VersionUpdatedAtUtc, bool VersionValidated, string? EstablishmentName);

    private sealed record Entry(Link Link, long ReadAt);

    /// <summary>Called by this process when it saves a change to what a link shows.</summary>
    public void Changed() => Interlocked.Exchange(ref _changedAt, Environment.TickCount64);

    internal async Task<Link?> GetAsync(string token, Func<Task<Link?>> read)
    {
        var now = Environment.TickCount64;
        var fresh = now - Interlocked.Read(ref _changedAt) >= LifetimeMs;
        if (fresh && _links.TryGetValue(token, out var entry) && now - entry.ReadAt < LifetimeMs)
        {
            return entry.Link;
        }

        var link = await read();
        if (link is { Campaign.Seats: 0 } && fresh)
        {
            if (_links.Count >= Capacity)
            {
                _links.Clear();
            }

            _links[token] = new Entry(link, now);
        }

        return link;
    }
}
