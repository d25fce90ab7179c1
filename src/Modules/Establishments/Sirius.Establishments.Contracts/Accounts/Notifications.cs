using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// Decides the reminders due (active CFA accounts activated <c>Notifications:CampaignReminderAfterDays</c> days ago or
/// more, with no campaign for them or their establishments, not reminded yet); answers how many were decided.
/// </summary>
public sealed record SendCampaignReminders : IBatchCommand<int>, ISystemRequest;

/// <summary>The reminder to create a first campaign was decided for this account; its e-mail follows.</summary>
public sealed record CampaignReminderDue(Guid EventId, DateTime OccurredAtUtc, Guid AccountId) : IIntegrationEvent;

/// <summary>The "first testimonies published" e-mail was decided for this account, with the testimony to quote.</summary>
public sealed record FirstTestimoniesNoticeDue(
    Guid EventId, DateTime OccurredAtUtc, Guid AccountId, string EstablishmentName, string QuestionLabel, string Text) : IIntegrationEvent;

/// <summary>The e-mail telling this administrator that <paramref name="WaitingAccountId"/> waits for activation was decided.</summary>
public sealed record ActivationRequestNoticeDue(Guid EventId, DateTime OccurredAtUtc, Guid AccountId, Guid WaitingAccountId) : IIntegrationEvent;

/// <summary>The e-mail about one moderation alert was decided for this administrator.</summary>
/// <param name="Categories">The French labels of the kinds of harm the apprentice reports.</param>
public sealed record ModerationAlertNoticeDue(
    Guid EventId, DateTime OccurredAtUtc, Guid AccountId, Guid VerbatimId, IReadOnlyList<string> Categories) : IIntegrationEvent;

/// <summary>
/// Deletes accounts whose address was never confirmed within <c>Retention:UnconfirmedAccountsDays</c> days, accounts
/// (other than administrators) unused for <c>Retention:InactiveAccountsDays</c> days, and audit entries older than
/// <c>Retention:AuditEntriesDays</c> days; answers how many accounts were deleted.
/// </summary>
public sealed record PurgeAccounts : IBatchCommand<int>, ISystemRequest;

/// <summary>The holder deletes their own account, confirming with their password; their personal data are erased.</summary>
public sealed record DeleteOwnAccount(Guid AccountId, string Password) : ICommand<Result>;
