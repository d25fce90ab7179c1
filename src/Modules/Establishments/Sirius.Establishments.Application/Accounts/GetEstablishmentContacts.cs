using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class GetEstablishmentContactsHandler(IEstablishmentsDb db) : IRequestHandler<GetEstablishmentContacts, IReadOnlyList<EstablishmentContact>>
{
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
