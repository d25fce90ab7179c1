using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class GetEstablishmentHandler(IEstablishmentsDb db) : IRequestHandler<GetEstablishment, EstablishmentSummary?>
{
    public Task<EstablishmentSummary?> Handle(GetEstablishment query, CancellationToken cancellationToken) =>
        db.Establishments.AsNoTracking()
            .Where(e => e.Siret == query.Siret)
            .Select(Summaries.Of)
            .FirstOrDefaultAsync(cancellationToken);
}
