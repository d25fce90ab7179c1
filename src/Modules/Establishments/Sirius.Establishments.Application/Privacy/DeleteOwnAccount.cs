using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Privacy;

internal sealed class DeleteOwnAccountValidator : AbstractValidator<DeleteOwnAccount>
{
    public DeleteOwnAccountValidator() =>
        RuleFor(c => c.Password).NotEmpty().WithMessage("Indiquez votre mot de passe pour confirmer la suppression.");
}

/// <summary>
/// The holder's own deletion: the account row (names, address, password hash, SIRET links, scope) and its
/// notification markers are deleted; an audit entry keeps only the account's id, the date and the action.
/// </summary>
internal sealed class DeleteOwnAccountHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock) : IRequestHandler<DeleteOwnAccount, Result>
{
    public async Task<Result> Handle(DeleteOwnAccount command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == command.ActorId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        if (account.Role == AccountRole.Administrator)
        {
            return Error.Conflict("account.administrator", "Un compte administrateur ne peut pas être supprimé depuis cet espace : demandez-le à l’équipe Sirius.");
        }

        if (!await security.IsPasswordValidAsync(account, command.Password))
        {
            return new Error("account.wrong_password", "Le mot de passe est incorrect.", ErrorKind.Invalid, "password");
        }

        db.AccountNotifications.RemoveRange(await db.AccountNotifications.Where(n => n.AccountId == account.Id).ToListAsync(cancellationToken));
        db.Accounts.Remove(account);
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, account.Id, account.Id, "suppression du compte par son titulaire", RoleNames.Of(account.Role)));
        return Result.Success();
    }
}
