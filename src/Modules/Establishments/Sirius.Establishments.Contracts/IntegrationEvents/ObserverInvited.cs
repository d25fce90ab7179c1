using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>An administrator created an observer account: its owner gets a link to choose a password.</summary>
public sealed record ObserverInvited(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
