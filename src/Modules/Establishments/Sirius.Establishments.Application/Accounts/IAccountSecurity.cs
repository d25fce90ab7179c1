using Sirius.BuildingBlocks;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

/// <summary>Passwords, lockout and one-time tokens (ASP.NET Core Identity, in Infrastructure).</summary>
public interface IAccountSecurity
{
    /// <summary>Checks the password policy and stores the hash; errors are French and name the field "password".</summary>
    Task<Result> SetPasswordAsync(Account account, string password);

    /// <summary>Verifies a password. Failures lock nothing: the host slows repeated attempts down instead (ADR 0019).</summary>
    Task<bool> IsPasswordValidAsync(Account account, string password);

    /// <summary>Spends about the time of a real check, so that unknown addresses cannot be told apart by timing.</summary>
    void CheckPasswordOfNobody(string password);

    Task<string> EmailConfirmationTokenAsync(Account account);

    Task<bool> IsEmailConfirmationTokenValidAsync(Account account, string token);

    Task<string> PasswordResetTokenAsync(Account account);

    /// <summary>Sets the new password if the token is valid; a used token becomes invalid.</summary>
    Task<Result> ResetPasswordAsync(Account account, string token, string newPassword);
}

/// <summary>Where links in e-mails point to.</summary>
public interface IPublicLinks
{
    string ConfirmEmail(Guid accountId, string token);

    string ResetPassword(Guid accountId, string token);

    string SignIn();

    string NewCampaigns();

    string Results();

    /// <summary>One account's page in the users' administration, where it is activated.</summary>
    string AccountAdministration(Guid accountId);

    /// <summary>One verbatim in the moderation desk.</summary>
    string ModerationItem(Guid verbatimId);
}
