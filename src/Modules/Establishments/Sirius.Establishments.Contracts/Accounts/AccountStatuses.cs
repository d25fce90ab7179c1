namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>The statuses of an account as the back office and its filters name them.</summary>
public static class AccountStatuses
{
    public const string AwaitingEmailConfirmation = "en-attente-confirmation";
    public const string AwaitingActivation = "en-attente-activation";
    public const string Active = "actif";
    public const string Deactivated = "desactive";
}
