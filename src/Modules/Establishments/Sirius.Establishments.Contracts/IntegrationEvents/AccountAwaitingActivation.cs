using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>Someone confirmed the address of the account they asked for: it now waits for an administrator to activate it.</summary>
public sealed record AccountAwaitingActivation(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
