using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class ModerateVerbatimsHandler(ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock) : IRequestHandler<ModerateVerbatims, Result<ModerationOutcome>>
{
    public Task<Result<ModerationOutcome>> Handle(ModerateVerbatims command, CancellationToken cancellationToken) =>
        VerbatimDecisions.DecideAsync(db, threshold, clock, command.ModeratorId, command.VerbatimIds, StatusNames.Parse(command.Status)!.Value, command.Reason, command.ConfirmationReason, cancellationToken);
}

internal sealed class ModerateVerbatimsValidator : AbstractValidator<ModerateVerbatims>
{
    public ModerateVerbatimsValidator()
    {
        RuleFor(c => c.VerbatimIds).NotEmpty().WithMessage("Sélectionnez au moins un verbatim.")
            .Must(ids => ids.Count <= 200).WithMessage("Sélectionnez au plus 200 verbatims à la fois.");
        RuleFor(c => c.Status).Must(s => StatusNames.Parse(s) is { } status && status != VerbatimStatus.Pending)
            .WithMessage("Choisissez un statut de modération.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status == ModerationStatuses.Rejected).WithMessage("Indiquez le motif du refus.")
            .MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
        RuleFor(c => c.ConfirmationReason).MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
    }
}
