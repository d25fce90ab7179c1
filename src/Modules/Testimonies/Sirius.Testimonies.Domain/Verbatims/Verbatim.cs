using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Domain.Verbatims;

public enum VerbatimStatus
{
    Pending,
    Validated,
    ToFix,
    Alert,
    Rejected,
    Gem,
}

/// <summary>How soon a verbatim needs a human: the moderation queue lists the lowest value first.</summary>
public enum VerbatimPriority
{
    /// <summary>The writer reports harm suffered (an <c>Alert</c> flag).</summary>
    Alert = 0,

    /// <summary>A threat, or a high-severity insult: never published in bulk.</summary>
    Serious = 1,

    Ordinary = 2,
}

/// <summary>
/// A free-text answer to moderate. The original is for moderators only; what may be published is the
/// anonymised text, and only once a human put the verbatim in <see cref="VerbatimStatus.Validated"/> or
/// <see cref="VerbatimStatus.Gem"/>.
/// </summary>
public sealed class Verbatim
{
    public const int MaxTextLength = 4000;

    private Verbatim()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResponseId { get; private set; }

    public Guid CampaignId { get; private set; }

    public string FormationKey { get; private set; } = "";

    public string FormateurSiret { get; private set; } = "";

    public string QuestionKey { get; private set; } = "";

    public string QuestionLabel { get; private set; } = "";

    public string OriginalText { get; private set; } = "";

    /// <summary>The pre-moderation's suggestion, then the moderator's edits.</summary>
    public string AnonymisedText { get; private set; } = "";

    /// <summary>The pre-moderation flags with their reasons, as JSON.</summary>
    public string FlagsJson { get; private set; } = "[]";

    /// <summary>Flag kinds found, separated by spaces and surrounded by them (for filtering).</summary>
    public string FlagKinds { get; private set; } = "";

    /// <summary>Theme names, separated by spaces and surrounded by them.</summary>
    public string Themes { get; private set; } = "";

    public VerbatimStatus Status { get; private set; }

    public VerbatimPriority Priority { get; private set; } = VerbatimPriority.Ordinary;

    /// <summary>Carries an alert, a threat or a high-severity insult: published only one at a time, with a reason.</summary>
    public bool IsSerious => Priority != VerbatimPriority.Ordinary;

    public string? RejectionReason { get; private set; }

    public bool Discarded { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime? ModeratedAtUtc { get; private set; }

    public int UsefulCount { get; private set; }

    public int NotUsefulCount { get; private set; }

    /// <summary>Its response was given through a personal invitation (a verified respondent).</summary>
    public bool Verified { get; private set; }

    public bool IsPublished => !Discarded && Status is VerbatimStatus.Validated or VerbatimStatus.Gem;

    public IReadOnlyList<string> ThemeNames => Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static Verbatim Receive(
        Guid responseId, Guid campaignId, string formationKey, string formateurSiret, string questionKey, string questionLabel,
        string original, string anonymised, string flagsJson, IEnumerable<string> flagKinds, IEnumerable<string> themes, DateTime now,
        bool verified = false, VerbatimPriority priority = VerbatimPriority.Ordinary) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ResponseId = responseId,
            CampaignId = campaignId,
            FormationKey = formationKey,
            FormateurSiret = formateurSiret,
            QuestionKey = questionKey,
            QuestionLabel = Truncate(questionLabel, 500),
            OriginalText = Truncate(original, MaxTextLength),
            AnonymisedText = Truncate(anonymised, MaxTextLength),
            FlagsJson = flagsJson,
            FlagKinds = Spaced(flagKinds),
            Themes = Spaced(themes),
            Status = VerbatimStatus.Pending,
            ReceivedAtUtc = now,
            Verified = verified,
            Priority = priority,
        };

    /// <summary>A moderator's decision. A rejection needs a reason; going back to pending is not a decision.</summary>
    public Result Decide(VerbatimStatus status, string? reason, DateTime now)
    {
        if (status == VerbatimStatus.Pending)
        {
            return new Error("verbatim.pending", "Une décision de modération ne peut pas remettre un verbatim « À modérer ».");
        }

        if (status == VerbatimStatus.Rejected && string.IsNullOrWhiteSpace(reason))
        {
            return new Error("verbatim.reason", "Indiquez le motif du refus.", ErrorKind.Invalid, "reason");
        }

        Status = status;
        RejectionReason = status == VerbatimStatus.Rejected ? Truncate(reason!.Trim(), 500) : null;
        ModeratedAtUtc = now;
        return Result.Success();
    }

    /// <summary>Replaces the anonymised text; returns the previous one for the history.</summary>
    public string Edit(string text)
    {
        var previous = AnonymisedText;
        AnonymisedText = Truncate(PlainText.Paragraphs(text), MaxTextLength);
        return previous;
    }

    public void Discard() => Discarded = true;

    public void CountFeedback(bool useful)
    {
        if (useful)
        {
            UsefulCount++;
        }
        else
        {
            NotUsefulCount++;
        }
    }

    private static string Spaced(IEnumerable<string> words)
    {
        var list = words.Distinct().ToList();
        return list.Count == 0 ? "" : " " + string.Join(' ', list) + " ";
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>
/// The first testimony of an establishment that became publicly visible: recorded once per SIRET (its key), so that
/// the CFA is told once.
/// </summary>
public sealed class FirstPublication
{
    private FirstPublication()
    {
    }

    public string Siret { get; private set; } = "";

    public Guid VerbatimId { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    public static FirstPublication Of(string siret, Guid verbatimId, DateTime now) =>
        new() { Siret = siret, VerbatimId = verbatimId, PublishedAtUtc = now };
}

/// <summary>
/// One entry of a verbatim's history, kept for the moderators: an edit of its anonymised text (previous and new text)
/// or a decision (the status given, its reason, and the serious flags it went past), with who did it.
/// </summary>
public sealed class VerbatimEdit
{
    private VerbatimEdit()
    {
    }

    public Guid Id { get; private set; }

    public Guid VerbatimId { get; private set; }

    public string PreviousText { get; private set; } = "";

    public string NewText { get; private set; } = "";

    public Guid? EditedBy { get; private set; }

    public DateTime EditedAtUtc { get; private set; }

    /// <summary>The status a decision gave; null for a text edit.</summary>
    public VerbatimStatus? Status { get; private set; }

    /// <summary>The reason of a rejection, or of a publication despite serious flags.</summary>
    public string? Reason { get; private set; }

    /// <summary>The serious flag kinds a publication went past, separated by spaces; null otherwise.</summary>
    public string? OverriddenFlags { get; private set; }

    public static VerbatimEdit Of(Guid verbatimId, string previous, string next, Guid? editedBy, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), VerbatimId = verbatimId, PreviousText = previous, NewText = next, EditedBy = editedBy, EditedAtUtc = now };

    public static VerbatimEdit Decision(Guid verbatimId, VerbatimStatus status, string? reason, IReadOnlyCollection<string> overriddenFlags, Guid? decidedBy, DateTime now) =>
        new()
        {
            Id = Guid.CreateVersion7(), VerbatimId = verbatimId, EditedBy = decidedBy, EditedAtUtc = now, Status = status,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 500)],
            OverriddenFlags = overriddenFlags.Count == 0 ? null : string.Join(' ', overriddenFlags),
        };
}

/// <summary>"Was this useful?" answered once by one browser for one testimony.</summary>
public sealed class VerbatimFeedback
{
    private VerbatimFeedback()
    {
    }

    public Guid VerbatimId { get; private set; }

    public string BrowserToken { get; private set; } = "";

    public bool Useful { get; private set; }

    /// <summary>The day the opinion was given (the impact figures count votes per day); null for those given before it was kept.</summary>
    public DateOnly? GivenOn { get; private set; }

    public static VerbatimFeedback Of(Guid verbatimId, string browserToken, bool useful, DateOnly givenOn) =>
        new() { VerbatimId = verbatimId, BrowserToken = browserToken, Useful = useful, GivenOn = givenOn };
}
