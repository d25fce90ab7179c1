using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Indiquez votre mot de passe actuel.");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Choisissez un nouveau mot de passe.")
            .MaximumLength(128).WithMessage("Le mot de passe ne peut dépasser 128 caractères.");
    }
}

internal sealed class ChangePasswordHandler(IEstablishmentsDb db, IAccountSecurity security) : IRequestHandler<ChangePassword, Result>
{
    public async Task<Result> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.ActorId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        if (!await security.IsPasswordValidAsync(account, command.CurrentPassword))
        {
            return new Error("account.wrong_password", "Le mot de passe actuel est incorrect.", ErrorKind.Invalid, "currentPassword");
        }

        return NewPasswordField.On(await security.SetPasswordAsync(account, command.NewPassword));
    }
}
