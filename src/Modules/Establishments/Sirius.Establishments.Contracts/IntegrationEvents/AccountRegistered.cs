using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

public sealed record AccountRegistered(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;

public sealed record AccountActivated(Guid EventId, DateTime OccurredAtUtc, Guid AccountId, string Role, IReadOnlyList<string> Sirets) : IIntegrationEvent;

/// <summary>
/// A reset was asked for an address; <paramref name="AccountId"/> is null when no active account has it. Both cases write
/// this one row, so that the request takes the same time whether the address is known (ADR 0019).
/// </summary>
public sealed record PasswordResetRequested(Guid EventId, DateTime OccurredAtUtc, Guid? AccountId) : IIntegrationEvent;

/// <summary>An administrator created an observer account: its owner gets a link to choose a password.</summary>
public sealed record ObserverInvited(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;

/// <summary>Someone signed up with the address of an existing account: its owner is told, the caller is not.</summary>
public sealed record SignUpAttemptedForExistingAccount(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;

/// <summary>Someone confirmed the address of the account they asked for: it now waits for an administrator to activate it.</summary>
public sealed record AccountAwaitingActivation(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;
