using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class ReplyStatusNames
{
    private static readonly Dictionary<string, ReplyStatus> ByName = new()
    {
        [ReplyStatuses.Pending] = ReplyStatus.Pending,
        [ReplyStatuses.Published] = ReplyStatus.Published,
        [ReplyStatuses.Rejected] = ReplyStatus.Rejected,
    };

    public static ReplyStatus? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var status) ? status : null;

    public static string Of(ReplyStatus status) => ByName.First(p => p.Value == status).Key;
}

internal sealed class ReplyHandlers(ITestimoniesDb db, IMediator mediator, TimeProvider clock) :
    IRequestHandler<ReplyToTestimony, Result<Guid>>,
    IRequestHandler<ModerateReply, Result>,
    IRequestHandler<GetReplyQueue, ReplyQueue>
{
    public async Task<Result<Guid>> Handle(ReplyToTestimony command, CancellationToken cancellationToken)
    {
        var testimony = await db.Verbatims.FindAsync([command.VerbatimId], cancellationToken);
        if (testimony is null || !testimony.IsPublished)
        {
            return Error.NotFound("reply.testimony", "Ce témoignage n’est pas publié : il n’est pas possible d’y répondre.");
        }

        // The SIRETs of the actor's own account: an administrator, who has none, does not reply for an establishment.
        var scope = await mediator.Send(new GetActorScope(command.ActorId), cancellationToken);
        if (scope?.Sirets.Contains(testimony.FormateurSiret) != true)
        {
            return Error.Forbidden("reply.forbidden", "Vous ne pouvez répondre qu’aux témoignages sur les formations de vos établissements.");
        }

        if (await db.TestimonyReplies.AnyAsync(r => r.VerbatimId == testimony.Id, cancellationToken))
        {
            return Error.Conflict("reply.once", "Votre établissement a déjà répondu à ce témoignage : une seule réponse est possible.", "text");
        }

        var reply = TestimonyReply.Write(testimony, command.ActorId, command.Text, clock.GetUtcNow().UtcDateTime);
        db.TestimonyReplies.Add(reply);
        return reply.Id;
    }

    public async Task<Result> Handle(ModerateReply command, CancellationToken cancellationToken)
    {
        if (await db.TestimonyReplies.FindAsync([command.ReplyId], cancellationToken) is not { } reply)
        {
            return Error.NotFound("reply.unknown", "Cette réponse n’existe pas.");
        }

        return reply.Decide(ReplyStatusNames.Parse(command.Status)!.Value, command.Reason, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<ReplyQueue> Handle(GetReplyQueue query, CancellationToken cancellationToken)
    {
        var replies = db.TestimonyReplies.AsNoTracking();
        var counts = await replies.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var status = ReplyStatusNames.Parse(query.Status) ?? ReplyStatus.Pending;
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var inStatus = replies.Where(r => r.Status == status);
        var items = await inStatus
            .Join(db.Verbatims.AsNoTracking(), r => r.VerbatimId, v => v.Id, (r, v) => new { Reply = r, v.QuestionLabel, v.AnonymisedText })
            .OrderBy(x => x.Reply.WrittenAtUtc).ThenBy(x => x.Reply.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ReplyQueue(
            ReplyStatuses.All.Select(s => new StatusCount(s.Value, s.Label,
                counts.FirstOrDefault(c => ReplyStatusNames.Of(c.Key) == s.Value)?.Count ?? 0)).ToList(),
            items.Select(x => new ReplyItem(
                x.Reply.Id, x.Reply.VerbatimId, x.Reply.Siret, x.QuestionLabel, x.AnonymisedText, x.Reply.Text,
                ReplyStatusNames.Of(x.Reply.Status), x.Reply.RejectionReason, x.Reply.WrittenAtUtc)).ToList(),
            await inStatus.CountAsync(cancellationToken),
            page,
            pageSize);
    }
}

internal sealed class ReplyToTestimonyValidator : AbstractValidator<ReplyToTestimony>
{
    public ReplyToTestimonyValidator() =>
        RuleFor(c => c.Text).Must(t => PlainText.Paragraphs(t).Length > 0).WithMessage("Écrivez votre réponse.")
            .MaximumLength(ReplyToTestimony.MaxTextLength).WithMessage($"La réponse ne doit pas dépasser {ReplyToTestimony.MaxTextLength} caractères.");
}

internal sealed class ModerateReplyValidator : AbstractValidator<ModerateReply>
{
    public ModerateReplyValidator()
    {
        RuleFor(c => c.Status).Must(s => ReplyStatusNames.Parse(s) is { } status && status != ReplyStatus.Pending)
            .WithMessage("Choisissez de publier ou de refuser la réponse.");
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Status == ReplyStatuses.Rejected).WithMessage("Indiquez le motif du refus.")
            .MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
    }
}
