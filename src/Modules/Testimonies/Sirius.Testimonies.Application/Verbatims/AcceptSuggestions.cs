using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class AcceptSuggestionsHandler(ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock) : IRequestHandler<AcceptSuggestions, Result<ModerationOutcome>>
{
    public Task<Result<ModerationOutcome>> Handle(AcceptSuggestions command, CancellationToken cancellationToken) =>
        VerbatimDecisions.DecideAsync(db, threshold, clock, command.ModeratorId, command.VerbatimIds, VerbatimStatus.Validated, null, command.ConfirmationReason, cancellationToken);
}

internal sealed class AcceptSuggestionsValidator : AbstractValidator<AcceptSuggestions>
{
    public AcceptSuggestionsValidator()
    {
        RuleFor(c => c.VerbatimIds).NotEmpty().WithMessage("Sélectionnez au moins un verbatim.")
            .Must(ids => ids.Count <= 200).WithMessage("Sélectionnez au plus 200 verbatims à la fois.");
        RuleFor(c => c.ConfirmationReason).MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
    }
}
