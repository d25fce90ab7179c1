using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Catalogue;

/// <summary>The generated sample catalogue (Auvergne-Rhône-Alpes and Provence-Alpes-Côte d'Azur) as a catalogue file.</summary>
public interface IDemoCatalogue
{
    Stream OpenPilotSample();
}

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
