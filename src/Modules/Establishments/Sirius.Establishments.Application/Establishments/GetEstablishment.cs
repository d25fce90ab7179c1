using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
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

internal sealed class ListEstablishmentsHandler(IEstablishmentsDb db, IMediator mediator)
    : IRequestHandler<ListEstablishments, IReadOnlyList<EstablishmentSummary>?>
{
    public async Task<IReadOnlyList<EstablishmentSummary>?> Handle(ListEstablishments query, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetActorScope(query.ActorId), cancellationToken) is not { IsAdministrator: true })
        {
            return null;
        }

        return await db.Establishments.AsNoTracking().OrderBy(e => e.Siret).Select(Summaries.Of).ToListAsync(cancellationToken);
    }
}

internal static class Summaries
{
    public static readonly Expression<Func<Establishment, EstablishmentSummary>> Of = e =>
        new EstablishmentSummary(e.Id, e.Siret, e.Uai, e.Name, e.Address.Commune, e.Address.DepartmentCode, e.Address.RegionCode);
}
