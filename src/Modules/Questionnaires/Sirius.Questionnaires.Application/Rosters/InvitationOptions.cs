using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>Bound from <c>Invitations</c> (and <c>Sirius:PublicUrl</c>, the address the links point to).</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>Quartz cron expression of the sending job; every minute by default.</summary>
    public string Schedule { get; set; } = "0 * * * * ?";

    /// <summary>The throttle: messages sent per run at most.</summary>
    public int MessagesPerRun { get; set; } = 60;

    public int ReminderAfterDays { get; set; } = 7;

    public Uri PublicUrl { get; set; } = new("http://localhost:5000");

    /// <summary>
    /// The secret key of the addresses' one-way hashes (<see cref="AddressHasher"/>), at least 32 characters: set it
    /// in production from a secret store, and never change it (unsubscriptions are kept under it for good).
    /// </summary>
    public string? UnsubscribeKey { get; set; }

    public string InvitationLink(string token) => new Uri(PublicUrl, "/invitation/" + token).ToString();

    public string UnsubscribeLink(string token) => new Uri(PublicUrl, "/desinscription/" + token).ToString();

    /// <summary>Where a mail client's one-click unsubscription (RFC 8058) posts, without the page's confirmation.</summary>
    public string OneClickUnsubscribeLink(string token) => new Uri(PublicUrl, "/desinscription/" + token + "/un-clic").ToString();
}
