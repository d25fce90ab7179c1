using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class InviteObserverValidator : AbstractValidator<InviteObserver>
{
    public InviteObserverValidator()
    {
        RuleFor(c => c.FirstName).Must(t => PlainText.Line(t).Length > 0).WithMessage("Indiquez le prénom de la personne.")
            .MaximumLength(100).WithMessage("Le prénom ne peut dépasser 100 caractères.");
        RuleFor(c => c.LastName).Must(t => PlainText.Line(t).Length > 0).WithMessage("Indiquez le nom de la personne.")
            .MaximumLength(100).WithMessage("Le nom ne peut dépasser 100 caractères.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Indiquez l’adresse électronique de la personne.")
            .MaximumLength(254).WithMessage("L’adresse électronique est trop longue.")
            .EmailAddress().WithMessage("L’adresse électronique n’est pas valide (exemple\u202F: prenom.nom@region.fr).");
    }
}

/// <summary>An administrator creates an observer account; the invitation e-mail follows from <see cref="ObserverInvited"/>.</summary>
internal sealed class InviteObserverHandler(IEstablishmentsDb db, IReferenceNames reference, TimeProvider clock) : IRequestHandler<InviteObserver, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(InviteObserver command, CancellationToken cancellationToken)
    {
        var scope = ScopeParser.Parse(command.ScopeKind, command.ScopeCodes, reference.Names);
        if (!scope.IsSuccess)
        {
            return scope.Error! with { Field = "scope" };
        }

        var normalized = Account.Normalize(command.Email);
        if (await db.Accounts.AnyAsync(a => a.NormalizedEmail == normalized, cancellationToken))
        {
            return new Error("account.exists", "Un compte existe déjà avec cette adresse\u202F: retrouvez-le dans la liste des utilisateurs.", ErrorKind.Conflict, "email");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = Account.InvitedObserver(command.Email, command.FirstName, command.LastName, scope.Value, now);
        db.Accounts.Add(account);
        db.AuditEntries.Add(AuditEntry.Record(now, command.ActorId, account.Id, "invitation d’observateur", $"{command.ScopeKind} {command.ScopeCodes}".Trim()));
        db.Publish(new ObserverInvited(Guid.CreateVersion7(), now, account.Id));
        return account.Id;
    }
}
