using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

internal sealed class RecordTestimonyFeedbackHandler(ITestimoniesDb db, TimeProvider clock) : IRequestHandler<RecordTestimonyFeedback, Result>
{
    public async Task<Result> Handle(RecordTestimonyFeedback command, CancellationToken cancellationToken)
    {
        var verbatim = await db.Verbatims.FindAsync([command.VerbatimId], cancellationToken);
        if (verbatim is null || !verbatim.IsPublished)
        {
            return Error.NotFound("testimony.unknown", "Ce témoignage n’est pas publié.");
        }

        if (await db.VerbatimFeedbacks.AnyAsync(f => f.VerbatimId == command.VerbatimId && f.BrowserToken == command.BrowserToken, cancellationToken))
        {
            return Error.Conflict("feedback.once", "Vous avez déjà donné votre avis sur ce témoignage.");
        }

        db.VerbatimFeedbacks.Add(VerbatimFeedback.Of(command.VerbatimId, command.BrowserToken, command.Useful, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        verbatim.CountFeedback(command.Useful);
        return Result.Success();
    }
}

internal sealed class RecordTestimonyFeedbackValidator : AbstractValidator<RecordTestimonyFeedback>
{
    public RecordTestimonyFeedbackValidator() =>
        RuleFor(c => c.BrowserToken).NotEmpty().MaximumLength(64).WithMessage("Jeton de navigateur invalide.");
}
