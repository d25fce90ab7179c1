using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>Bound from <c>Catalogue</c>: where the national catalogue export is dropped, and when to import it.</summary>
public sealed class CatalogueOptions
{
    public const string SectionName = "Catalogue";

    public string? ImportPath { get; set; }

    /// <summary>Quartz cron expression; every night at 3 a.m. by default.</summary>
    public string ImportSchedule { get; set; } = "0 0 3 * * ?";
}

/// <summary>The nightly import of the catalogue file found at <see cref="CatalogueOptions.ImportPath"/>.</summary>
[DisallowConcurrentExecution]
internal sealed partial class CatalogueImportJob(IMediator mediator, IJobProgress progress, IOptions<CatalogueOptions> options, ILogger<CatalogueImportJob> logger) : IJob
{
    public const string Name = "catalogue-import";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var path = options.Value.ImportPath;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            LogMissing(logger, path ?? "");
            return;
        }

        progress.SetTotal(Math.Max(0, File.ReadLines(path).Count() - 1));
        await using var content = File.OpenRead(path);
        var report = await mediator.Send(new ImportCatalogue(content), cancellationToken);
        LogImported(logger, path, report.Lines, report.Created, report.Updated, report.Unchanged, report.Rejections.Count, report.Seconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue import skipped: no file at '{Path}'")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue {Path}: {Lines} lines, {Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Seconds:F1} s")]
    private static partial void LogImported(ILogger logger, string path, int lines, int created, int updated, int unchanged, int rejected, double seconds);
}
