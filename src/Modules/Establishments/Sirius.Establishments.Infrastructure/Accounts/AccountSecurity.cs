using Microsoft.AspNetCore.Identity;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Infrastructure.Accounts;

internal sealed class AccountSecurity(UserManager<Account> users) : IAccountSecurity
{
    private static readonly Account Nobody = Account.SignUp("nobody@invalid", "-", "-", [], null, DateTime.UnixEpoch);
    private static readonly string NobodyHash = new PasswordHasher<Account>().HashPassword(Nobody, Guid.NewGuid().ToString());

    public async Task<Result> SetPasswordAsync(Account account, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            return new Error("account.password", string.Join(" ", errors.Select(e => e.Description)), ErrorKind.Invalid, "password");
        }

        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.EndSessions();
        return Result.Success();
    }

    public Task<bool> IsPasswordValidAsync(Account account, string password) => users.CheckPasswordAsync(account, password);

    public void CheckPasswordOfNobody(string password) => users.PasswordHasher.VerifyHashedPassword(Nobody, NobodyHash, password);

    public Task<string> EmailConfirmationTokenAsync(Account account) => users.GenerateEmailConfirmationTokenAsync(account);

    public Task<bool> IsEmailConfirmationTokenValidAsync(Account account, string token) =>
        users.VerifyUserTokenAsync(account, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<Account>.ConfirmEmailTokenPurpose, token);

    public Task<string> PasswordResetTokenAsync(Account account) => users.GeneratePasswordResetTokenAsync(account);

    public async Task<Result> ResetPasswordAsync(Account account, string token, string newPassword)
    {
        if (!await users.VerifyUserTokenAsync(account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Account>.ResetPasswordTokenPurpose, token))
        {
            return new Error("account.invalid_token", "Ce lien de réinitialisation n’est pas valide ou a déjà servi. Demandez-en un nouveau.");
        }

        return await SetPasswordAsync(account, newPassword);
    }
}

/// <summary>Identity's password messages, in French.</summary>
internal sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Le mot de passe doit comporter au moins {length} caractères." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Il doit contenir au moins un chiffre." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Il doit contenir au moins une lettre minuscule." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Il doit contenir au moins une lettre majuscule." };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Il doit contenir au moins un caractère spécial (par exemple ! ? * #)." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Il doit contenir au moins {uniqueChars} caractères différents." };
}
