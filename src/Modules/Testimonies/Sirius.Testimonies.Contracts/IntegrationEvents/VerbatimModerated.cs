using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts.IntegrationEvents;

/// <summary>A moderator decided on a verbatim (for statistics and the CFA's results).</summary>
public sealed record VerbatimModerated(
    Guid EventId,
    DateTime OccurredAtUtc,
    Guid VerbatimId,
    Guid ResponseId,
    Guid CampaignId,
    string FormateurSiret,
    string Status,
    IReadOnlyList<string> Themes,
    bool IsGem) : IIntegrationEvent;
