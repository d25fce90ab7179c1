using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Domain.Verbatims;

public enum ReplyStatus
{
    Pending,
    Published,
    Rejected,
}

/// <summary>
/// The one reply an establishment may write to a published testimony of its formations. Like a verbatim, it is
/// public only once an administrator published it.
/// </summary>
public sealed class TestimonyReply
{
    private TestimonyReply()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The testimony replied to; unique, so that a testimony gets one reply at most.</summary>
    public Guid VerbatimId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The establishment replying: the formateur SIRET of the testimony.</summary>
    public string Siret { get; private set; } = "";

    public string Text { get; private set; } = "";

    public ReplyStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    public DateTime? ModeratedAtUtc { get; private set; }

    public bool IsPublished => Status == ReplyStatus.Published;

    public static TestimonyReply Write(Verbatim testimony, Guid authorId, string text, DateTime now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            VerbatimId = testimony.Id,
            AuthorId = authorId,
            Siret = testimony.FormateurSiret,
            Text = PlainText.Paragraphs(text),
            Status = ReplyStatus.Pending,
            WrittenAtUtc = now,
        };

    /// <summary>An administrator publishes or rejects the reply; a rejection needs a reason.</summary>
    public Result Decide(ReplyStatus status, string? reason, DateTime now)
    {
        if (status == ReplyStatus.Pending)
        {
            return new Error("reply.pending", "Une décision de modération ne peut pas remettre une réponse « À modérer ».");
        }

        if (status == ReplyStatus.Rejected && string.IsNullOrWhiteSpace(reason))
        {
            return new Error("reply.reason", "Indiquez le motif du refus.", ErrorKind.Invalid, "reason");
        }

        Status = status;
        RejectionReason = status == ReplyStatus.Rejected ? reason!.Trim() : null;
        ModeratedAtUtc = now;
        return Result.Success();
    }
}
