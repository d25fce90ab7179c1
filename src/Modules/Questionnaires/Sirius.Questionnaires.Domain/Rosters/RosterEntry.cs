using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Rosters;

/// <summary>
/// One apprentice a CFA invites personally to answer a campaign. The line knows whether its personal link was opened
/// and used to start answering (<see cref="Answered"/>), never which response came of it: it keeps no id, no time of
/// answering, and the response keeps no id of the line (see docs/rgpd.md). Names and address are erased by the
/// roster purge once the campaign has ended; the counters stay.
/// </summary>
public sealed partial class RosterEntry
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int HashLength = 64;

    private RosterEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>Lower-cased; null once purged.</summary>
    public string? Email { get; private set; }

    /// <summary>The keyed hash of <see cref="Email"/> (<see cref="AddressHasher"/>), to honour unsubscriptions; null once purged.</summary>
    public string? EmailHash { get; private set; }

    /// <summary>False for a line stored before the key, whose <see cref="EmailHash"/> is still a plain SHA-256.</summary>
    public bool EmailHashKeyed { get; private set; }

    /// <summary>SHA-256 of the invitation's personal token (the token itself is only ever in the e-mail).</summary>
    public string? TokenHash { get; private set; }

    /// <summary>SHA-256 of the reminder's personal token: the first link stays valid too.</summary>
    public string? ReminderTokenHash { get; private set; }

    public DateTime? InvitedAtUtc { get; private set; }

    public DateTime? RemindedAtUtc { get; private set; }

    /// <summary>The personal link was opened at least once.</summary>
    public bool Opened { get; private set; }

    /// <summary>The personal link was used to start a response (then it serves no more).</summary>
    public bool Answered { get; private set; }

    public DateTime? PurgedAtUtc { get; private set; }

    /// <summary>
    /// When the CFA took the apprentice off the list: names and address are erased and the line is never written to
    /// again, its personal link stops working; the address's hash stays (until the roster purge) to let the CFA undo.
    /// The invited / opened / answered counters stay, so that a removal never tells whether that apprentice answered.
    /// </summary>
    public DateTime? RemovedAtUtc { get; private set; }

    public static RosterEntry Create(Guid campaignId, RosterLine line, AddressHasher hasher) => new()
    {
        Id = Guid.CreateVersion7(),
        CampaignId = campaignId,
        FirstName = line.FirstName,
        LastName = line.LastName,
        Email = line.Email,
        EmailHash = hasher.Of(line.Email),
        EmailHashKeyed = true,
    };

    /// <summary>Replaces the plain SHA-256 of a line stored before the key by its keyed hash.</summary>
    public void KeyEmailHash(AddressHasher hasher)
    {
        if (!EmailHashKeyed && EmailHash is not null)
        {
            EmailHash = hasher.Keyed(EmailHash);
        }

        EmailHashKeyed = true;
    }

    /// <summary>Issues the invitation's personal token: answers the token to e-mail, keeps its hash.</summary>
    public string Invite(DateTime nowUtc)
    {
        var (token, hash) = NewToken();
        TokenHash = hash;
        InvitedAtUtc = nowUtc;
        return token;
    }

    /// <summary>Undoes <see cref="Invite"/> when the e-mail could not be sent, so that the next run tries again.</summary>
    public void CancelInvitation()
    {
        TokenHash = null;
        InvitedAtUtc = null;
    }

    public string Remind(DateTime nowUtc)
    {
        var (token, hash) = NewToken();
        ReminderTokenHash = hash;
        RemindedAtUtc = nowUtc;
        return token;
    }

    public void CancelReminder()
    {
        ReminderTokenHash = null;
        RemindedAtUtc = null;
    }

    public void MarkOpened() => Opened = true;

    /// <summary>Takes the apprentice off the list (see <see cref="RemovedAtUtc"/>); answers the line as it was, to undo.</summary>
    public RosterLine Remove(DateTime nowUtc)
    {
        var line = new RosterLine(FirstName, LastName, Email ?? "");
        FirstName = "";
        LastName = "";
        Email = null;
        RemovedAtUtc = nowUtc;
        return line;
    }

    /// <summary>Undoes <see cref="Remove"/> with the line as it was: only the address whose hash the line kept is accepted.</summary>
    public bool Restore(RosterLine line, AddressHasher hasher)
    {
        if (RemovedAtUtc is null || PurgedAtUtc is not null || EmailHash is null || hasher.Of(line.Email) != EmailHash)
        {
            return false;
        }

        (FirstName, LastName, Email, RemovedAtUtc) = (line.FirstName, line.LastName, line.Email, null);
        return true;
    }

    public static string HashOfToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a string has the shape of a personal token (43 URL-safe base64 characters).</summary>
    public static bool IsTokenShaped(string? token) => token is not null && TokenPattern().IsMatch(token);

    private static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashOfToken(token));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}

/// <summary>A line of a roster file, checked: trimmed names, a lower-cased address of a plausible shape.</summary>
public sealed partial record RosterLine(string FirstName, string LastName, string Email)
{
    public const string FormulaRefused = "Une cellule commence comme une formule de tableur (=, +, -, @) : la ligne est refusée.";

    /// <summary>
    /// Checks one line's cells; the error says in French what is wrong with it. The names may be left blank when
    /// <paramref name="namesRequired"/> is false (a contracts file need not carry them); the address never.
    /// </summary>
    public static Result<RosterLine> Of(string? firstName, string? lastName, string? email, bool namesRequired = true)
    {
        firstName = firstName?.Trim() ?? "";
        lastName = lastName?.Trim() ?? "";
        email = email?.Trim().ToLowerInvariant() ?? "";
        var missing = new (string Value, string Label, bool Required)[] { (firstName, "prénom", namesRequired), (lastName, "nom", namesRequired), (email, "adresse électronique", true) }
            .Where(c => c.Required && c.Value.Length == 0).Select(c => c.Label).ToList();
        if (missing.Count > 0)
        {
            return new Error("roster.missing", $"Champ obligatoire manquant : {string.Join(", ", missing)}.", ErrorKind.Invalid);
        }

        if (new[] { firstName, lastName, email }.Any(LooksLikeFormula))
        {
            return new Error("roster.formula", FormulaRefused, ErrorKind.Invalid);
        }

        if (firstName.Length > RosterEntry.NameMaxLength || lastName.Length > RosterEntry.NameMaxLength)
        {
            return new Error("roster.name", $"Le prénom et le nom comptent {RosterEntry.NameMaxLength} caractères au plus.", ErrorKind.Invalid);
        }

        if (email.Length > RosterEntry.EmailMaxLength || !EmailPattern().IsMatch(email))
        {
            return new Error("roster.email", $"Adresse électronique mal formée : « {email} ».", ErrorKind.Invalid);
        }

        return new RosterLine(firstName, lastName, email);
    }

    /// <summary>A cell a spreadsheet could run as a formula (or a control character that hides one).</summary>
    public static bool LooksLikeFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '|';

    [GeneratedRegex(@"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex EmailPattern();
}

/// <summary>An address that asked never to be invited again: only its keyed one-way hash is kept, forever.</summary>
public sealed class Unsubscription
{
    private Unsubscription()
    {
    }

    public string EmailHash { get; private set; } = "";

    /// <summary>False for a row stored before the key, whose <see cref="EmailHash"/> is still a plain SHA-256.</summary>
    public bool Keyed { get; private set; }

    /// <summary>The day only: enough to answer a question about it, too coarse to match anything.</summary>
    public DateOnly Day { get; private set; }

    /// <param name="emailHash">The address's keyed hash (<see cref="AddressHasher"/>).</param>
    public static Unsubscription Of(string emailHash, DateOnly day) => new() { EmailHash = emailHash, Day = day, Keyed = true };

    /// <summary>The keyed row that replaces a row stored before the key (same day).</summary>
    public Unsubscription KeyedWith(AddressHasher hasher) => Keyed ? this : Of(hasher.Keyed(EmailHash), Day);
}
