using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() =>
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Choisissez un nouveau mot de passe.")
            .MaximumLength(128).WithMessage("Le mot de passe ne peut dépasser 128 caractères.");
}

internal sealed class ResetPasswordHandler(IEstablishmentsDb db, IAccountSecurity security) : IRequestHandler<ResetPassword, Result>
{
    public async Task<Result> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken);
        return account is null
            ? new Error("account.invalid_token", "Ce lien de réinitialisation n’est pas valide ou a déjà servi. Demandez-en un nouveau.")
            : NewPasswordField.On(await security.ResetPasswordAsync(account, command.Token, command.NewPassword));
    }
}
