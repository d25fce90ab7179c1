using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Domain.Accounts;

/// <summary>
/// A person who signs in: CFA staff, observer or administrator. Holds what ASP.NET Core Identity needs
/// (hash, stamps, lockout) next to the business state: confirmation, activation, terms, SIRETs, scope.
/// </summary>
public sealed class Account
{
    private readonly List<AccountEstablishment> _establishments = [];

    private Account()
    {
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = "";

    public string NormalizedEmail { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public AccountRole Role { get; private set; }

    public AccountStatus Status { get; private set; }

    /// <summary>Why someone who does not represent a CFA signs up.</summary>
    public string? Comment { get; private set; }

    public string? ObserverScopeValue { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ActivatedAtUtc { get; private set; }

    public DateTime? TermsAcceptedAtUtc { get; private set; }

    public DateTime? LastSignInAtUtc { get; private set; }

    /// <summary>When this account first created campaigns (it is then never reminded to).</summary>
    public DateTime? FirstCampaignAtUtc { get; private set; }

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = "";

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString();

    public bool EmailConfirmed { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool LockoutEnabled { get; set; } = true;

    public IReadOnlyList<AccountEstablishment> Establishments => _establishments;

    public string FullName => $"{FirstName} {LastName}";

    public ObserverScope? Scope => ObserverScopeValue is null ? null : ObserverScope.Deserialize(ObserverScopeValue);

    public static Account SignUp(string email, string firstName, string lastName, IEnumerable<string> sirets, string? comment, DateTime nowUtc)
    {
        var account = new Account
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim(),
            NormalizedEmail = Normalize(email),
            FirstName = PlainText.Line(firstName),
            LastName = PlainText.Line(lastName),
            Role = AccountRole.Establishment,
            Status = AccountStatus.AwaitingEmailConfirmation,
            Comment = PlainText.Paragraphs(comment) is { Length: > 0 } said ? said : null,
            CreatedAtUtc = nowUtc,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        foreach (var siret in sirets.Distinct())
        {
            account._establishments.Add(new AccountEstablishment(account.Id, siret));
        }

        return account;
    }

    /// <summary>An administrator created directly (first start, tests): confirmed and active.</summary>
    public static Account Administrator(string email, string firstName, string lastName, DateTime nowUtc)
    {
        var account = SignUp(email, firstName, lastName, [], null, nowUtc);
        account.Role = AccountRole.Administrator;
        account.EmailConfirmed = true;
        account.Status = AccountStatus.Active;
        account.ActivatedAtUtc = nowUtc;
        return account;
    }

    /// <summary>
    /// An observer an administrator invites: active with its scope, but without a password until its owner chooses one
    /// through the invitation e-mail's link (which also proves the address).
    /// </summary>
    public static Account InvitedObserver(string email, string firstName, string lastName, ObserverScope scope, DateTime nowUtc)
    {
        var account = SignUp(email, firstName, lastName, [], null, nowUtc);
        account.Role = AccountRole.Observer;
        account.ObserverScopeValue = scope.Serialize();
        account.EmailConfirmed = true;
        account.Status = AccountStatus.Active;
        account.ActivatedAtUtc = nowUtc;
        return account;
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void ConfirmEmail()
    {
        EmailConfirmed = true;
        if (Status == AccountStatus.AwaitingEmailConfirmation)
        {
            Status = AccountStatus.AwaitingActivation;
        }
    }

    public Result Activate(DateTime nowUtc)
    {
        if (!EmailConfirmed)
        {
            return Error.Conflict("account.unconfirmed", "Ce compte n’a pas encore confirmé son adresse électronique.");
        }

        Status = AccountStatus.Active;
        ActivatedAtUtc ??= nowUtc;
        return Result.Success();
    }

    public void Deactivate()
    {
        Status = AccountStatus.Deactivated;
        EndSessions();
    }

    public void ChangeRole(AccountRole role)
    {
        if (role != Role)
        {
            EndSessions();
        }

        Role = role;
        if (role == AccountRole.Observer && ObserverScopeValue is null)
        {
            ObserverScopeValue = ObserverScope.National.Serialize();
        }
    }

    public void SetScope(ObserverScope scope) => ObserverScopeValue = scope.Serialize();

    public bool AttachSiret(string siret)
    {
        if (_establishments.Any(e => e.Siret == siret))
        {
            return false;
        }

        _establishments.Add(new AccountEstablishment(Id, siret));
        return true;
    }

    public bool DetachSiret(string siret) => _establishments.RemoveAll(e => e.Siret == siret) > 0;

    /// <summary>
    /// Renews the security stamp that every session cookie carries and that is checked on each request, so that all
    /// sessions of the account end (ADR 0018); pending e-mail links, which Identity also ties to the stamp, stop working.
    /// </summary>
    public void EndSessions() => SecurityStamp = Guid.NewGuid().ToString("N");

    public void AcceptTerms(DateTime nowUtc) => TermsAcceptedAtUtc ??= nowUtc;

    public void RecordSignIn(DateTime nowUtc) => LastSignInAtUtc = nowUtc;

    public void RecordCampaignCreated(DateTime nowUtc) => FirstCampaignAtUtc ??= nowUtc;

    public void ChangeEmail(string email)
    {
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
    }
}

/// <summary>A SIRET an establishment account acts for.</summary>
public sealed class AccountEstablishment(Guid accountId, string siret)
{
    public Guid AccountId { get; private set; } = accountId;

    public string Siret { get; private set; } = siret;
}
