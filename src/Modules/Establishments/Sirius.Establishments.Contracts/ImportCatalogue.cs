using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>
/// Imports a catalogue file (format in docs/catalogue-format.md): establishments and formations are created or
/// updated, identical lines change nothing, bad lines are reported and skipped whole. Safe to run again. Sent by the
/// nightly job and the demo seed; an administrator's upload goes through <see cref="UploadCatalogue"/>.
/// </summary>
public sealed record ImportCatalogue(Stream Content) : IBatchCommand<CatalogueImportReport>, ISystemRequest;

public sealed record CatalogueImportReport(int Lines, int Created, int Updated, int Unchanged, IReadOnlyList<CatalogueLineRejection> Rejections, double Seconds)
{
    public double LinesPerSecond => Seconds > 0 ? Lines / Seconds : Lines;
}

public sealed record CatalogueLineRejection(int Line, string Reason);

/// <summary>Loads the generated sample catalogue of the two pilot régions when the reference data is empty (demo).</summary>
public sealed record SeedDemoCatalogue : IBatchCommand<CatalogueImportReport?>, ISystemRequest;
