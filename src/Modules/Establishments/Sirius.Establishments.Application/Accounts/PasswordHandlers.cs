using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class RequestPasswordResetHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<RequestPasswordReset, Result>
{
    public async Task<Result> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(command.Email ?? "");
        var accountId = await db.Accounts.Where(a => a.NormalizedEmail == normalized && a.Status != AccountStatus.Deactivated)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        db.Publish(new PasswordResetRequested(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, accountId));
        return Result.Success();
    }
}

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
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken);
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

internal static class NewPasswordField
{
    public static Result On(Result result) =>
        result.Error is { Field: "password" } error ? Result.Failure(error with { Field = "newPassword" }) : result;
}
