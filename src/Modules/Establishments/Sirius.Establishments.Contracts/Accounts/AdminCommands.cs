using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

// Administrators' actions on accounts: the pipeline checks the actor is an active administrator (ADR 0035).

public sealed record ActivateAccount(Guid ActorId, Guid AccountId) : ICommand<Result>, IAdministratorRequest;

public sealed record DeactivateAccount(Guid ActorId, Guid AccountId) : ICommand<Result>, IAdministratorRequest;

public sealed record ChangeAccountRole(Guid ActorId, Guid AccountId, string Role) : ICommand<Result>, IAdministratorRequest;

public sealed record AttachSiret(Guid ActorId, Guid AccountId, string Siret) : ICommand<Result>, IAdministratorRequest;

public sealed record DetachSiret(Guid ActorId, Guid AccountId, string Siret) : ICommand<Result>, IAdministratorRequest;

/// <summary>Kind is one of national, region, department, sirets, opco; codes are separated by commas or spaces.</summary>
public sealed record SetObserverScope(Guid ActorId, Guid AccountId, string Kind, string Codes) : ICommand<Result>, IAdministratorRequest;

/// <summary>
/// Creates an observer (pilot) account with its scope (<see cref="SetObserverScope"/>'s kinds and codes) and e-mails its
/// owner a link to choose a password; the new account's id.
/// </summary>
public sealed record InviteObserver(Guid ActorId, string FirstName, string LastName, string Email, string ScopeKind, string ScopeCodes) : ICommand<Result<Guid>>, IAdministratorRequest;

public sealed record ListAccounts(Guid ActorId, string? Status, string? Role, string? Search, int Page = 1, int PageSize = 50) : IQuery<AccountPage>, IAdministratorRequest;

public sealed record AccountRow(Guid Id, string FullName, string Email, string Role, string Status, DateTime CreatedAtUtc, int SiretCount);

public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int Total, int Page, int PageSize);

public sealed record GetAccount(Guid ActorId, Guid AccountId) : IQuery<AccountDetails?>, IAdministratorRequest;

public sealed record AccountDetails(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string Role,
    string Status,
    string? Comment,
    IReadOnlyList<string> Sirets,
    string? ScopeKind,
    IReadOnlyList<string> ScopeCodes,
    DateTime CreatedAtUtc,
    DateTime? ActivatedAtUtc,
    IReadOnlyList<AuditLine> Audit);

public sealed record AuditLine(DateTime AtUtc, string Actor, string Action, string? Details);

/// <summary>The full names of some accounts (those that still exist), to say who did what in another module's history.</summary>
public sealed record GetAccountNames(Guid ActorId, IReadOnlyList<Guid> AccountIds) : IQuery<IReadOnlyDictionary<Guid, string>>, IAdministratorRequest;

/// <summary>
/// The people to contact about an establishment: the active CFA accounts attached to its SIRET or to its gestionnaire's.
/// </summary>
public sealed record GetEstablishmentContacts(Guid ActorId, string Siret) : IQuery<IReadOnlyList<EstablishmentContact>>, IAdministratorRequest;

public sealed record EstablishmentContact(string FullName, string Email);
