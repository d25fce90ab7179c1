using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

/// <summary>An administrator discarded a suspicious response: it leaves results, statistics and publications.</summary>
public sealed record ResponseDiscarded(Guid EventId, DateTime OccurredAtUtc, Guid ResponseId, Guid CampaignId) : IIntegrationEvent;
