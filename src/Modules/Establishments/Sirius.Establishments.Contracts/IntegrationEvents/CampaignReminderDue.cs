using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>The reminder to create a first campaign was decided for this account; its e-mail follows.</summary>
public sealed record CampaignReminderDue(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
