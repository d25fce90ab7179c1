using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

/// <summary>The moderation statuses of an establishment's reply, as the back office names them.</summary>
public static class ReplyStatuses
{
    public const string Pending = "a-moderer";
    public const string Published = "publiee";
    public const string Rejected = "refusee";

    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (Pending, "À modérer"),
        (Published, "Publiée"),
        (Rejected, "Refusée"),
    ];

    public static string Label(string status) => All.FirstOrDefault(s => s.Value == status).Label ?? status;
}

/// <summary>
/// CFA staff reply, once, to a published testimony of one of its formations (one of the SIRETs the actor's account may
/// act for): a testimony of another establishment is <see cref="ErrorKind.Forbidden"/>, an unknown or unpublished one
/// <see cref="ErrorKind.NotFound"/>, a second reply <see cref="ErrorKind.Conflict"/>. The reply waits for moderation;
/// answers its id.
/// </summary>
public sealed record ReplyToTestimony(Guid ActorId, Guid VerbatimId, string Text) : ICommand<Result<Guid>>, IEstablishmentRequest
{
    public const int MaxTextLength = 1500;
}

/// <summary>An administrator publishes or rejects (with a reason) an establishment's reply.</summary>
public sealed record ModerateReply(Guid ModeratorId, Guid ReplyId, string Status, string? Reason) : ICommand<Result>, IAdministratorRequest
{
    Guid IRequireActor.ActorId => ModeratorId;
}

/// <summary>Establishments' replies of one moderation status, for the administrators' desk.</summary>
public sealed record GetReplyQueue(Guid ActorId, string Status, int Page = 1, int PageSize = 20) : IQuery<ReplyQueue>, IAdministratorRequest;

public sealed record ReplyQueue(IReadOnlyList<StatusCount> Counts, IReadOnlyList<ReplyItem> Items, int Total, int Page, int PageSize);

/// <param name="Testimony">The published text replied to, for context.</param>
public sealed record ReplyItem(
    Guid Id, Guid VerbatimId, string Siret, string Question, string Testimony, string Text, string Status, string? RejectionReason, DateTime WrittenAtUtc);

/// <summary>A published reply, as the public reads it beside the testimony.</summary>
public sealed record PublicReply(string Author, string Text, DateTime PublishedAtUtc);

/// <summary>The establishment's reply to one of its testimonies, whatever its status, for its results page.</summary>
public sealed record OwnReply(string Text, string Status, string StatusLabel, string? RejectionReason);
