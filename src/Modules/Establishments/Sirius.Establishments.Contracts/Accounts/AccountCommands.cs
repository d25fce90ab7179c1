using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>Sign-up of CFA staff (with SIRETs) or of someone else (with a comment). Always answers the same way for a known e-mail.</summary>
public sealed record SignUp(
    string FirstName,
    string LastName,
    string Email,
    string Password,
    bool RepresentsCfa,
    IReadOnlyList<string> Sirets,
    string? Comment) : ICommand<Result>, IPublicRequest;

public sealed record ConfirmEmail(Guid AccountId, string Token) : ICommand<Result>, IPublicRequest;

/// <summary>Checks a password; failed attempts are recorded (lockout), so the outcome is a value, not a refused command.</summary>
public sealed record SignIn(string Email, string Password) : ICommand<SignInOutcome>, IPublicRequest;

/// <param name="SessionStamp">Carried by the session cookie and compared with <see cref="GetSessionStamp"/> on each request.</param>
public sealed record SignedInAccount(Guid Id, string FullName, string Role, bool TermsAccepted, string SessionStamp);

/// <summary>The security stamp of an active account (null for an unknown or inactive one): a session whose stamp differs has ended.</summary>
public sealed record GetSessionStamp(Guid AccountId) : IQuery<string?>, ISystemRequest;

/// <summary>Ends every session of the account (sign-out): the stamp the cookies carry no longer matches.</summary>
public sealed record EndSessions(Guid ActorId) : ICommand<Result>, IAccountHolderRequest;

public sealed record SignInOutcome(SignedInAccount? Account, string? Refusal)
{
    public bool Succeeded => Account is not null;
}

public sealed record AcceptTerms(Guid ActorId) : ICommand<Result>, IAccountHolderRequest;

/// <summary>Sends a reset link if the address is known; answers the same either way.</summary>
public sealed record RequestPasswordReset(string Email) : ICommand<Result>, IPublicRequest;

public sealed record ResetPassword(Guid AccountId, string Token, string NewPassword) : ICommand<Result>, IPublicRequest;

public sealed record ChangePassword(Guid ActorId, string CurrentPassword, string NewPassword) : ICommand<Result>, IAccountHolderRequest;

/// <summary>An active administrator with this address, created if missing (first start, demo, tests).</summary>
/// <param name="ResetPassword">Sets the password even if the account exists (the demo's generated password).</param>
public sealed record EnsureAdministrator(string Email, string FirstName, string LastName, string Password, bool ResetPassword = false) : ICommand<Result<Guid>>, ISystemRequest;
