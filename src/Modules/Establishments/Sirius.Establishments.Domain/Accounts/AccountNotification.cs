namespace Sirius.Establishments.Domain.Accounts;

/// <summary>The notifications an account receives at most once in its life.</summary>
public static class NotificationKinds
{
    /// <summary>No campaign a week after activation.</summary>
    public const string CampaignReminder = "relance-campagne";

    /// <summary>The establishment's first testimony is public.</summary>
    public const string FirstTestimonies = "premiers-temoignages";
}

/// <summary>
/// The once-only marker of a notification: written (under a unique key per account and kind) in the same transaction
/// as the event that sends the e-mail, so that a rerun, a retry or a second instance never sends it twice.
/// </summary>
public sealed class AccountNotification
{
    private AccountNotification()
    {
    }

    public Guid AccountId { get; private set; }

    public string Kind { get; private set; } = "";

    public DateTime DecidedAtUtc { get; private set; }

    /// <summary>When the SMTP server accepted the e-mail (it is retried with backoff until then).</summary>
    public DateTime? SentAtUtc { get; private set; }

    public static AccountNotification Decide(Guid accountId, string kind, DateTime nowUtc) =>
        new() { AccountId = accountId, Kind = kind, DecidedAtUtc = nowUtc };

    public void MarkSent(DateTime nowUtc) => SentAtUtc ??= nowUtc;
}
