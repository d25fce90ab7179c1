namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>The roles as the host and other modules see them (claim values).</summary>
public static class Roles
{
    public const string Establishment = "etablissement";
    public const string Observer = "observateur";
    public const string Administrator = "administrateur";
}
