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

/// <summary>A moderator decided on a verbatim (for statistics and the CFA's results).</summary>
public sealed record VerbatimModerated(
    Guid EventId,
    DateTime OccurredAtUtc,
    Guid VerbatimId,
    Guid ResponseId,
    Guid CampaignId,
    string FormateurSiret,
    string Status,
    IReadOnlyList<string> Themes,
    bool IsGem) : IIntegrationEvent;

/// <summary>Sets the status of one or more verbatims; a rejection needs a reason.</summary>
public sealed record ModerateVerbatims(Guid ModeratorId, IReadOnlyList<Guid> VerbatimIds, string Status, string? Reason) : IAtomicCommand<Result>;

/// <summary>Publishes the suggested anonymised text of one or more verbatims.</summary>
public sealed record AcceptSuggestions(Guid ModeratorId, IReadOnlyList<Guid> VerbatimIds) : IAtomicCommand<Result>;

/// <summary>Replaces the anonymised text of a verbatim; the previous text is kept in its history.</summary>
public sealed record EditVerbatimText(Guid ModeratorId, Guid VerbatimId, string Text) : ICommand<Result>;

/// <param name="From">First day (UTC) the verbatims were received, included.</param>
/// <param name="To">Last day (UTC) the verbatims were received, included.</param>
public sealed record GetModerationQueue(
    string Status, string? Siret = null, string? FormationKey = null, string? QuestionKey = null, string? Flag = null, int Page = 1, int PageSize = 20,
    DateOnly? From = null, DateOnly? To = null)
    : IQuery<ModerationQueue>;

public sealed record ModerationQueue(
    IReadOnlyList<StatusCount> Counts,
    IReadOnlyList<ModerationItem> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<(string Value, string Label)> FlagKinds);

public sealed record StatusCount(string Status, string Label, int Count);

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
    IReadOnlyList<TextEditView> History);

public sealed record FlagView(string Kind, string Label, string Excerpt, string Reason);

public sealed record TextEditView(string PreviousText, string NewText, DateTime EditedAtUtc);
