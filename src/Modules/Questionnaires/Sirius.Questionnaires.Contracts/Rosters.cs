using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// Adds the apprentices of a roster file (CSV or XLSX: prénom, nom, courriel) to a campaign the actor manages, all or
/// nothing: a file with one bad line imports nothing and the report says which lines and why. A file that cannot be
/// read at all (type, columns, size) is refused with an error on the field <c>file</c>.
/// </summary>
public sealed record ImportRoster(Guid ActorId, Guid CampaignId, string FileName, Stream Content) : ICommand<Result<RosterImportReport>>, ICampaignRequest;

/// <summary>
/// Adds to a campaign the actor manages the apprentices of a file of apprenticeship contracts in the national shape
/// (CSV or XLSX, see docs/contracts-import.md): only the contracts of the campaign's formation (CFD) at its
/// establishment (SIRET) are kept, the others are counted as ignored; a kept line that is wrong (address, dates,
/// a contract outside the campaign's period, a duplicate, a formula-looking cell) is rejected, and then nothing is
/// imported. A file that cannot be read, or holds no contract of the campaign, is refused on the field <c>file</c>.
/// </summary>
public sealed record ImportContracts(Guid ActorId, Guid CampaignId, string FileName, Stream Content) : ICommand<Result<RosterImportReport>>, ICampaignRequest;

/// <param name="Lines">Lines under the header.</param>
/// <param name="Imported">Lines added (0 as soon as one line is rejected).</param>
/// <param name="Ignored">Lines of a contracts file that concern another formation or establishment (0 for a roster).</param>
public sealed record RosterImportReport(int Lines, int Imported, IReadOnlyList<RosterRejection> Rejections, int Ignored = 0);

/// <param name="Line">The line in the file (the header is line 1).</param>
public sealed record RosterRejection(int Line, string Reason);

/// <summary>A campaign's roster as its CFA sees it; null when the campaign is not the actor's.</summary>
public sealed record GetRoster(Guid ActorId, Guid CampaignId) : IQuery<RosterView?>, ICampaignRequest;

/// <param name="Cfd">The campaign's formation code, which a contracts file's lines must carry.</param>
/// <param name="Siret">The campaign's establishment, which a contracts file's lines must carry.</param>
/// <param name="Entries">Who is on the list and when they were written to (never whether they answered).</param>
/// <param name="Removed">Apprentices taken off the list (counted in the counters, no longer listed).</param>
public sealed record RosterView(
    Guid CampaignId,
    string CampaignName,
    string Cfd,
    string Siret,
    DateOnly StartDate,
    DateOnly EndDate,
    bool PersonalInvitationsOnly,
    RosterCounts Counts,
    IReadOnlyList<RosterEntryView> Entries,
    int Removed = 0);

/// <param name="Invited">Apprentices sent their invitation.</param>
/// <param name="Opened">Personal links opened at least once.</param>
/// <param name="Answered">Personal links used to answer.</param>
public sealed record RosterCounts(int Lines, int Invited, int Opened, int Answered)
{
    /// <summary>Answered as a share of the invited, in percent; null before the first invitation.</summary>
    public int? ResponseRate => Invited == 0 ? null : Answered * 100 / Invited;
}

/// <param name="Email">Null once the roster was purged.</param>
public sealed record RosterEntryView(Guid Id, string FirstName, string LastName, string? Email, DateTime? InvitedAtUtc, DateTime? RemindedAtUtc);

/// <summary>
/// Takes one apprentice off the roster of a campaign the actor manages: never written to again, their personal link
/// stops working, their names and address are erased; the counters stay as they were. Answers the line as it was, for
/// the undo (<see cref="RestoreRosterEntry"/>).
/// </summary>
public sealed record RemoveRosterEntry(Guid ActorId, Guid CampaignId, Guid EntryId) : ICommand<Result<RemovedRosterEntry>>, ICampaignRequest;

public sealed record RemovedRosterEntry(Guid EntryId, string FirstName, string LastName, string Email);

/// <summary>Undoes <see cref="RemoveRosterEntry"/>: accepted only with the address the line had (its hash was kept).</summary>
public sealed record RestoreRosterEntry(Guid ActorId, Guid CampaignId, Guid EntryId, string FirstName, string LastName, string Email) : ICommand<Result>, ICampaignRequest;

/// <summary>Refuses (or accepts again) the open link and QR code of a campaign: only personal invitations may answer.</summary>
public sealed record SetPersonalInvitationsOnly(Guid ActorId, Guid CampaignId, bool Only) : ICommand<Result>, ICampaignRequest;

/// <summary>
/// Sends the invitations due (and the reminders due after <c>Invitations:ReminderAfterDays</c> days to those who have
/// not answered), at most <c>Invitations:MessagesPerRun</c> per run; answers how many messages were sent.
/// </summary>
public sealed record SendInvitations : IBatchCommand<int>, ISystemRequest;

/// <summary>
/// The apprentice opened their personal link: answers the campaign to continue with, and whether the link was already
/// used to answer (it then starts nothing more); an error when the link is unknown or purged.
/// </summary>
public sealed record OpenInvitation(string InvitationToken) : ICommand<Result<OpenedInvitation>>, IPublicRequest;

/// <param name="CampaignToken">The campaign's public link token (the answering pages live under it).</param>
public sealed record OpenedInvitation(string CampaignToken, bool AlreadyUsed);

/// <summary>The address behind this personal link is never written to again; only its one-way hash is kept.</summary>
public sealed record Unsubscribe(string InvitationToken) : ICommand<Result>, IPublicRequest;

/// <summary>Erases the names and addresses of rosters whose campaign ended (or was deleted) <c>Retention:RosterDays</c> days ago.</summary>
public sealed record PurgeRosters : IBatchCommand<int>, ISystemRequest;
