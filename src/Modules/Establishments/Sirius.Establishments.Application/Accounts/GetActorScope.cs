using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class GetActorScopeHandler(IEstablishmentsDb db) : IRequestHandler<GetActorScope, ActorScope?>
{
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
}
