using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Catalogue;

/// <summary>Imports chunk by chunk; between chunks it reports progress and stops if the import was cancelled.</summary>
internal sealed class ImportCatalogueHandler(ICatalogueReader reader, IMediator mediator, IJobProgress progress) : IRequestHandler<ImportCatalogue, CatalogueImportReport>
{
    private const int ChunkSize = 500;

    public async Task<CatalogueImportReport> Handle(ImportCatalogue command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var rejections = new List<CatalogueLineRejection>();
        var chunk = new List<CatalogueEntry>(ChunkSize);
        int lines = 0, created = 0, updated = 0, unchanged = 0;

        async Task FlushAsync()
        {
            if (chunk.Count == 0)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await mediator.Send(new ImportCatalogueChunk([.. chunk]), cancellationToken);
            created += outcome.Created;
            updated += outcome.Updated;
            unchanged += outcome.Unchanged;
            chunk.Clear();
            progress.Report(lines);
        }

        foreach (var input in reader.Read(command.Content))
        {
            lines++;
            switch (input)
            {
                case CatalogueInputRejection rejection:
                    rejections.Add(new CatalogueLineRejection(rejection.Line, rejection.Reason));
                    break;
                case CatalogueEntry entry:
                    chunk.Add(entry);
                    if (chunk.Count == ChunkSize)
                    {
                        await FlushAsync();
                    }

                    break;
            }
        }

        await FlushAsync();
        progress.Report(lines);
        return new CatalogueImportReport(lines, created, updated, unchanged, rejections, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
