using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class EditVerbatimTextHandler(ITestimoniesDb db, TimeProvider clock) : IRequestHandler<EditVerbatimText, Result>
{
    public async Task<Result> Handle(EditVerbatimText command, CancellationToken cancellationToken)
    {
        if (await db.Verbatims.FindAsync([command.VerbatimId], cancellationToken) is not { } verbatim)
        {
            return Error.NotFound("verbatim.unknown", "Ce verbatim n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = verbatim.Edit(command.Text);
        if (previous != verbatim.AnonymisedText)
        {
            db.VerbatimEdits.Add(VerbatimEdit.Of(verbatim.Id, previous, verbatim.AnonymisedText, command.ModeratorId, now));
        }

        return Result.Success();
    }
}

internal sealed class EditVerbatimTextValidator : AbstractValidator<EditVerbatimText>
{
    public EditVerbatimTextValidator() =>
        RuleFor(c => c.Text).Must(t => PlainText.Paragraphs(t).Length > 0).WithMessage("Le texte anonymisé ne peut pas être vide.")
            .MaximumLength(Verbatim.MaxTextLength).WithMessage($"Le texte ne doit pas dépasser {Verbatim.MaxTextLength} caractères.");
}
