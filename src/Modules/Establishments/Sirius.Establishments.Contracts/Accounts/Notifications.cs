using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// Decides the reminders due (active CFA accounts activated <c>Notifications:CampaignReminderAfterDays</c> days ago or
/// more, with no campaign for them or their establishments, not reminded yet); answers how many were decided.
/// </summary>
public sealed record SendCampaignReminders : IBatchCommand<int>, ISystemRequest;

/// <summary>
/// Deletes accounts whose address was never confirmed within <c>Retention:UnconfirmedAccountsDays</c> days, accounts
/// (other than administrators) unused for <c>Retention:InactiveAccountsDays</c> days, and audit entries older than
/// <c>Retention:AuditEntriesDays</c> days; answers how many accounts were deleted.
/// </summary>
public sealed record PurgeAccounts : IBatchCommand<int>, ISystemRequest;

/// <summary>The holder deletes their own account, confirming with their password; their personal data are erased.</summary>
public sealed record DeleteOwnAccount(Guid ActorId, string Password) : ICommand<Result>, IAccountHolderRequest;
