using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class GetAccountHandler(IEstablishmentsDb db) : IRequestHandler<GetAccount, AccountDetails?>
{
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
}
