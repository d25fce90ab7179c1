using MediatR;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Catalogue;

internal sealed class UploadCatalogueHandler(IMediator mediator) : IRequestHandler<UploadCatalogue, CatalogueImportReport>
{
    public Task<CatalogueImportReport> Handle(UploadCatalogue command, CancellationToken cancellationToken) =>
        mediator.Send(new ImportCatalogue(command.Content), cancellationToken);
}
