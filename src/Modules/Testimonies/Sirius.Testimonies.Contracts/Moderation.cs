using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

/// <summary>The moderation statuses as the back office and the events name them.</summary>
public static class ModerationStatuses
{
    public const string Pending = "a-moderer";
    public const string Validated = "publie";
    public const string ToFix = "a-corriger";
    public const string Alert = "alerte";
    public const string Rejected = "refuse";
    public const string Gem = "pepite";

    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (Pending, "À modérer"),
        (Validated, "Publié"),
        (ToFix, "À corriger"),
        (Alert, "Alerte"),
        (Rejected, "Refusé"),
        (Gem, "Pépite"),
    ];

    public static string Label(string status) => All.FirstOrDefault(s => s.Value == status).Label ?? status;
}

/// <summary>
/// Sets the status of one or more verbatims; a rejection needs a reason. A publishing status (« Publié », « Pépite »)
/// never publishes a verbatim that carries an alert, a threat or a high-severity insult in a selection of several: it
/// is skipped and listed. Alone, it is published only with <paramref name="ConfirmationReason"/>, kept in its history.
/// </summary>
public sealed record ModerateVerbatims(Guid ModeratorId, IReadOnlyList<Guid> VerbatimIds, string Status, string? Reason, string? ConfirmationReason = null)
    : IAtomicCommand<Result<ModerationOutcome>>, IAdministratorRequest
{
    Guid IRequireActor.ActorId => ModeratorId;
}

/// <summary>Publishes the suggested anonymised text of one or more verbatims, with the same safeguard as <see cref="ModerateVerbatims"/>.</summary>
public sealed record AcceptSuggestions(Guid ModeratorId, IReadOnlyList<Guid> VerbatimIds, string? ConfirmationReason = null)
    : IAtomicCommand<Result<ModerationOutcome>>, IAdministratorRequest
{
    Guid IRequireActor.ActorId => ModeratorId;
}

/// <param name="Skipped">Verbatims of the selection left undecided because they carry a serious flag.</param>
public sealed record ModerationOutcome(int Decided, IReadOnlyList<SkippedVerbatim> Skipped);

/// <param name="Flags">The French labels of its serious flags.</param>
public sealed record SkippedVerbatim(Guid Id, string QuestionLabel, IReadOnlyList<string> Flags);

/// <summary>Replaces the anonymised text of a verbatim; the previous text is kept in its history.</summary>
public sealed record EditVerbatimText(Guid ModeratorId, Guid VerbatimId, string Text) : ICommand<Result>, IAdministratorRequest
{
    Guid IRequireActor.ActorId => ModeratorId;
}

/// <summary>
/// Verbatims of one status, alerts first, then threats and high-severity insults, then the rest, each by date received.
/// </summary>
/// <param name="From">First day (UTC) the verbatims were received, included.</param>
/// <param name="To">Last day (UTC) the verbatims were received, included.</param>
/// <param name="VerbatimId">Only this verbatim, whatever its status (the link of an alert e-mail).</param>
public sealed record GetModerationQueue(
    Guid ActorId,
    string Status, string? Siret = null, string? FormationKey = null, string? QuestionKey = null, string? Flag = null, int Page = 1, int PageSize = 20,
    DateOnly? From = null, DateOnly? To = null, Guid? VerbatimId = null)
    : IQuery<ModerationQueue>, IAdministratorRequest;

public sealed record ModerationQueue(
    IReadOnlyList<StatusCount> Counts,
    IReadOnlyList<ModerationItem> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<(string Value, string Label)> FlagKinds);

public sealed record StatusCount(string Status, string Label, int Count);

/// <param name="SuggestedStatus">The status the pre-moderation suggests (« alerte » when harm is reported), or null.</param>
/// <param name="SeriousFlags">Labels of the flags that keep it out of bulk publication (alert, threat, high-severity insult).</param>
public sealed record ModerationItem(
    Guid Id,
    string FormateurSiret,
    string FormationKey,
    string QuestionKey,
    string QuestionLabel,
    string OriginalText,
    string AnonymisedText,
    IReadOnlyList<FlagView> Flags,
    IReadOnlyList<string> Themes,
    string Status,
    string? RejectionReason,
    DateTime ReceivedAtUtc,
    IReadOnlyList<HistoryEntry> History,
    string? SuggestedStatus,
    IReadOnlyList<string> SeriousFlags);

/// <param name="Category">For an alert, the French label of the kind of harm reported.</param>
public sealed record FlagView(string Kind, string Label, string Excerpt, string Reason, string? Category = null);

/// <summary>One entry of a verbatim's history: a text edit (previous and new text) or a decision (status label, reason).</summary>
/// <param name="OverriddenFlags">Labels of the serious flags a publication went past.</param>
public sealed record HistoryEntry(
    DateTime AtUtc, Guid? ModeratorId, string PreviousText, string NewText, string? Status, string? Reason, IReadOnlyList<string> OverriddenFlags);

/// <summary>What waits for the moderators: pending verbatims, and those of them that carry an alert.</summary>
public sealed record GetModerationOverview(Guid ActorId) : IQuery<ModerationOverview>, IAdministratorRequest;

public sealed record ModerationOverview(int Pending, int Alerts);
