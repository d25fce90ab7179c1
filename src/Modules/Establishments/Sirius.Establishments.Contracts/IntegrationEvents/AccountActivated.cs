using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

public sealed record AccountActivated(Guid EventId, DateTime OccurredAtUtc, Guid AccountId, string Role, IReadOnlyList<string> Sirets) : IIntegrationEvent;
