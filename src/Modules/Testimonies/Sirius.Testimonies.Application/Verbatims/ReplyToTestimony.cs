using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class ReplyToTestimonyHandler(ITestimoniesDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<ReplyToTestimony, Result<Guid>>
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
}

internal sealed class ReplyToTestimonyValidator : AbstractValidator<ReplyToTestimony>
{
    public ReplyToTestimonyValidator() =>
        RuleFor(c => c.Text).Must(t => PlainText.Paragraphs(t).Length > 0).WithMessage("Écrivez votre réponse.")
            .MaximumLength(ReplyToTestimony.MaxTextLength).WithMessage($"La réponse ne doit pas dépasser {ReplyToTestimony.MaxTextLength} caractères.");
}
