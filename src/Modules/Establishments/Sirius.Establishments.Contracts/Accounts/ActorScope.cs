using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// What an account may act on or see — the one place where authorization is decided. Other modules send
/// <see cref="GetActorScope"/> and filter by the answer.
/// </summary>
public sealed record GetActorScope(Guid AccountId) : IQuery<ActorScope?>;

/// <param name="Sirets">For CFA staff: its SIRETs and the formateurs of the gestionnaires among them.</param>
/// <param name="ScopeKind">For observers: national, region, department, sirets or opco.</param>
public sealed record ActorScope(Guid AccountId, string Role, IReadOnlyList<string> Sirets, string? ScopeKind, IReadOnlyList<string> ScopeCodes)
{
    public bool IsAdministrator => Role == Roles.Administrator;

    public bool MayActFor(string siret) => IsAdministrator || (Role == Roles.Establishment && Sirets.Contains(siret));
}
