using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class GetEstablishmentHandler(IEstablishmentsDb db) : IRequestHandler<GetEstablishment, EstablishmentSummary?>
{
    public Task<EstablishmentSummary?> Handle(GetEstablishment query, CancellationToken cancellationToken) =>
        db.Establishments.AsNoTracking()
            .Where(e => e.Siret == query.Siret)
            .Select(e => new EstablishmentSummary(e.Id, e.Siret, e.Uai, e.Name, e.Address.Commune, e.Address.DepartmentCode, e.Address.RegionCode))
            .FirstOrDefaultAsync(cancellationToken);
}
