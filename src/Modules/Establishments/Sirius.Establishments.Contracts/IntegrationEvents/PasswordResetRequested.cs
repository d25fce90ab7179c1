using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>
/// A reset was asked for an address; <paramref name="AccountId"/> is null when no active account has it. Both cases write
/// this one row, so that the request takes the same time whether the address is known (ADR 0019).
/// </summary>
public sealed record PasswordResetRequested(Guid EventId, DateTime OccurredAtUtc, Guid? AccountId) : IIntegrationEvent;
