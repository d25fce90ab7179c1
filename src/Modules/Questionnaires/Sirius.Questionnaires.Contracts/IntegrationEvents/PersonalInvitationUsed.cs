using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

/// <summary>
/// An apprentice started a response from their personal link, which is now used up. Carries the campaign only: nothing
/// ties the response to the roster line.
/// </summary>
public sealed record PersonalInvitationUsed(Guid EventId, DateTime OccurredAtUtc, Guid CampaignId) : IIntegrationEvent;
