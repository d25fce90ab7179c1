using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>Someone signed up with the address of an existing account: its owner is told, the caller is not.</summary>
public sealed record SignUpAttemptedForExistingAccount(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
