using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class GetAccountNamesHandler(IEstablishmentsDb db) : IRequestHandler<GetAccountNames, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetAccountNames query, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => query.AccountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.FirstName + " " + a.LastName, cancellationToken);
}
