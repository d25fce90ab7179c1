using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class GetSessionStampHandler(IEstablishmentsDb db) : IRequestHandler<GetSessionStamp, string?>
{
    public Task<string?> Handle(GetSessionStamp query, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().Where(a => a.Id == query.AccountId && a.Status == AccountStatus.Active)
            .Select(a => a.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
}
