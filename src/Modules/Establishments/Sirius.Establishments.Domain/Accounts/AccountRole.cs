namespace Sirius.Establishments.Domain.Accounts;

public enum AccountRole
{
    /// <summary>CFA staff acting for one or more SIRETs.</summary>
    Establishment,

    /// <summary>A national or regional pilot, read-only within a scope.</summary>
    Observer,

    /// <summary>Moderator and national administrator.</summary>
    Administrator,
}

public enum AccountStatus
{
    AwaitingEmailConfirmation,
    AwaitingActivation,
    Active,
    Deactivated,
}
