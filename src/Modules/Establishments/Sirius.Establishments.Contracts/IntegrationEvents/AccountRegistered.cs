using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

public sealed record AccountRegistered(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
