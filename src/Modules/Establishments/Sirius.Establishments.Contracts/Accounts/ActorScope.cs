using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// What an account may act on or see — the one place where authorization is decided. Other modules send
/// <see cref="GetActorScope"/> and filter by the answer.
/// </summary>
public sealed record GetActorScope(Guid AccountId) : IScopedQuery<ActorScope?>, ISystemRequest;

/// <param name="Sirets">For CFA staff: its SIRETs and the formateurs of the gestionnaires among them.</param>
/// <param name="ScopeKind">For observers: one of <see cref="ScopeKinds"/>.</param>
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
        : Role == Roles.Observer ? new StatisticsScope(ScopeKind ?? ScopeKinds.National, ScopeCodes)
        : null;
}

/// <param name="Kind">One of <see cref="ScopeKinds"/>.</param>
public sealed record StatisticsScope(string Kind, IReadOnlyList<string> Codes)
{
    public static StatisticsScope National { get; } = new(ScopeKinds.National, []);
}
