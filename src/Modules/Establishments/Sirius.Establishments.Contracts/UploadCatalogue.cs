using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>An administrator imports a catalogue file they uploaded, as <see cref="ImportCatalogue"/> does.</summary>
public sealed record UploadCatalogue(Guid ActorId, Stream Content) : IBatchCommand<CatalogueImportReport>, IAdministratorRequest;
