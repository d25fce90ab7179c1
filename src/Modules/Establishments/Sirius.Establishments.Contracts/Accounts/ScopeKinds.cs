namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// What an observer's scope (and a <see cref="StatisticsScope"/>) covers, as stored with the account and passed between
/// modules. The values are stored: never rename one.
/// </summary>
public static class ScopeKinds
{
    /// <summary>The whole country; no codes.</summary>
    public const string National = "national";

    /// <summary>Régions, by INSEE code.</summary>
    public const string Region = "region";

    /// <summary>Départements, by INSEE code.</summary>
    public const string Department = "department";

    /// <summary>Establishments, by SIRET.</summary>
    public const string Sirets = "sirets";

    /// <summary>An OPCO's certifications, by RNCP code.</summary>
    public const string Opco = "opco";
}
