using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class AccountQueries(IEstablishmentsDb db) :
    IRequestHandler<ListAccounts, AccountPage>,
    IRequestHandler<GetAccount, AccountDetails?>,
    IRequestHandler<GetActorScope, ActorScope?>,
    IRequestHandler<GetAccountNames, IReadOnlyDictionary<Guid, string>>,
    IRequestHandler<GetEstablishmentContacts, IReadOnlyList<EstablishmentContact>>
{
    public async Task<AccountPage> Handle(ListAccounts query, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (RoleNames.ParseStatus(query.Status) is { } status)
        {
            accounts = accounts.Where(a => a.Status == status);
        }

        if (RoleNames.Parse(query.Role) is { } role)
        {
            accounts = accounts.Where(a => a.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            var upper = search.ToUpperInvariant();
            accounts = accounts.Where(a => a.NormalizedEmail.Contains(upper) || a.LastName.Contains(search) || a.FirstName.Contains(search)
                || a.Establishments.Any(e => e.Siret == search));
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 1);
        var total = await accounts.CountAsync(cancellationToken);
        var rows = await accounts
            .OrderBy(a => a.Status).ThenByDescending(a => a.CreatedAtUtc)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new { a.Id, a.FirstName, a.LastName, a.Email, a.Role, a.Status, a.CreatedAtUtc, Sirets = a.Establishments.Count })
            .ToListAsync(cancellationToken);
        return new AccountPage(
            rows.Select(a => new AccountRow(a.Id, $"{a.FirstName} {a.LastName}", a.Email, RoleNames.Of(a.Role), RoleNames.Label(a.Status), a.CreatedAtUtc, a.Sirets)).ToList(),
            total, page, size);
    }

    public async Task<AccountDetails?> Handle(GetAccount query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == query.AccountId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetAccountId == account.Id)
            .OrderByDescending(e => e.AtUtc)
            .Take(50)
            .Join(db.Accounts, e => e.ActorId, a => a.Id, (e, a) => new AuditLine(e.AtUtc, a.FirstName + " " + a.LastName, e.Action, e.Details))
            .ToListAsync(cancellationToken);
        var scope = account.Scope;
        return new AccountDetails(
            account.Id, account.FirstName, account.LastName, account.Email, RoleNames.Of(account.Role), RoleNames.Label(account.Status),
            account.Comment, account.Establishments.Select(e => e.Siret).Order().ToList(),
            scope is null ? null : ScopeParser.KindName(scope.Kind), scope?.Codes ?? [],
            account.CreatedAtUtc, account.ActivatedAtUtc, audit);
    }

    public async Task<ActorScope?> Handle(GetActorScope query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Include(a => a.Establishments)
            .FirstOrDefaultAsync(a => a.Id == query.AccountId && a.Status == AccountStatus.Active, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var own = account.Establishments.Select(e => e.Siret).ToList();
        var formateurs = own.Count == 0
            ? []
            : await db.Establishments.AsNoTracking()
                .Where(e => e.GestionnaireSiret != null && own.Contains(e.GestionnaireSiret))
                .Select(e => e.Siret).ToListAsync(cancellationToken);
        var scope = account.Role == AccountRole.Observer ? account.Scope ?? ObserverScope.National : null;
        return new ActorScope(
            account.Id,
            RoleNames.Of(account.Role),
            account.Role == AccountRole.Establishment ? own.Union(formateurs).Order().ToList() : [],
            scope is null ? null : ScopeParser.KindName(scope.Kind),
            scope?.Codes ?? []);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetAccountNames query, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => query.AccountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.FirstName + " " + a.LastName, cancellationToken);

    public async Task<IReadOnlyList<EstablishmentContact>> Handle(GetEstablishmentContacts query, CancellationToken cancellationToken)
    {
        var gestionnaire = await db.Establishments.AsNoTracking().Where(e => e.Siret == query.Siret).Select(e => e.GestionnaireSiret).FirstOrDefaultAsync(cancellationToken);
        var sirets = gestionnaire is null ? [query.Siret] : new[] { query.Siret, gestionnaire };
        return await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Establishment && a.Status == AccountStatus.Active && a.Establishments.Any(s => sirets.Contains(s.Siret)))
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName)
            .Select(a => new EstablishmentContact(a.FirstName + " " + a.LastName, a.Email))
            .ToListAsync(cancellationToken);
    }
}
