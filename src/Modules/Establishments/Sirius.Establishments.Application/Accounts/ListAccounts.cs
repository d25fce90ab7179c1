using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ListAccountsHandler(IEstablishmentsDb db) : IRequestHandler<ListAccounts, AccountPage>
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
}
