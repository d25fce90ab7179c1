using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// What an account may act on or see — the one place where authorization is decided. Other modules send
/// <see cref="GetActorScope"/> and filter by the answer.
/// </summary>
public sealed record GetActorScope(Guid AccountId) : IScopedQuery<ActorScope?>, ISystemRequest;

/// <param name="Sirets">For CFA staff: its SIRETs and the formateurs of the gestionnaires among them.</param>
/// <param name="ScopeKind">For observers: national, region, department, sirets or opco.</param>
public sealed record ActorScope(Guid AccountId, string Role, IReadOnlyList<string> Sirets, string? ScopeKind, IReadOnlyList<string> ScopeCodes)
{
    public bool IsAdministrator => Role == Roles.Administrator;

    public bool MayActFor(string siret) => IsAdministrator || (Role == Roles.Establishment && Sirets.Contains(siret));

    /// <summary>
    /// What the actor's consolidated figures cover: the whole country for an administrator, or for an observer who asks
    /// for the <paramref name="national"/> figures to compare with; the observer's own scope otherwise; null for anyone else.
    /// </summary>
    public StatisticsScope? StatisticsScope(bool national) =>
        IsAdministrator || (Role == Roles.Observer && national) ? Accounts.StatisticsScope.National
        : Role == Roles.Observer ? new StatisticsScope(ScopeKind ?? Accounts.StatisticsScope.NationalKind, ScopeCodes)
        : null;
}

/// <param name="Kind">national, region, department, sirets or opco (a list of RNCP codes).</param>
public sealed record StatisticsScope(string Kind, IReadOnlyList<string> Codes)
{
    public const string NationalKind = "national";

    public static StatisticsScope National { get; } = new(NationalKind, []);
}
