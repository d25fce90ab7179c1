using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class ModerateReplyHandler(ITestimoniesDb db, TimeProvider clock) : IRequestHandler<ModerateReply, Result>
{
    public async Task<Result> Handle(ModerateReply command, CancellationToken cancellationToken)
    {
        if (await db.TestimonyReplies.FindAsync([command.ReplyId], cancellationToken) is not { } reply)
        {
            return Error.NotFound("reply.unknown", "Cette réponse n’existe pas.");
        }

        return reply.Decide(ReplyStatusNames.Parse(command.Status)!.Value, command.Reason, clock.GetUtcNow().UtcDateTime);
    }
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
