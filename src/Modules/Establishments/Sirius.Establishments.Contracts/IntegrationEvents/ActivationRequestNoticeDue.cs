using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>The e-mail telling this administrator that <paramref name="WaitingAccountId"/> waits for activation was decided.</summary>
public sealed record ActivationRequestNoticeDue(Guid EventId, DateTime OccurredAtUtc, Guid AccountId, Guid WaitingAccountId) : IIntegrationEvent;
