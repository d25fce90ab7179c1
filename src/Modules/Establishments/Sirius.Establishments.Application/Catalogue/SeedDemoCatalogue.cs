using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Catalogue;

internal sealed class SeedDemoCatalogueHandler(IEstablishmentsDb db, IDemoCatalogue demo, IMediator mediator)
    : IRequestHandler<SeedDemoCatalogue, CatalogueImportReport?>
{
    public async Task<CatalogueImportReport?> Handle(SeedDemoCatalogue command, CancellationToken cancellationToken)
    {
        if (await db.Formations.AnyAsync(cancellationToken))
        {
            return null;
        }

        await using var sample = demo.OpenPilotSample();
        return await mediator.Send(new ImportCatalogue(sample), cancellationToken);
    }
}
