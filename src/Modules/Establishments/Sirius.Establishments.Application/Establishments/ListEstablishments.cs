using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class ListEstablishmentsHandler(IEstablishmentsDb db)
    : IRequestHandler<ListEstablishments, IReadOnlyList<EstablishmentSummary>>
{
    public async Task<IReadOnlyList<EstablishmentSummary>> Handle(ListEstablishments query, CancellationToken cancellationToken) =>
        await db.Establishments.AsNoTracking().OrderBy(e => e.Siret).Select(Summaries.Of).ToListAsync(cancellationToken);
}
