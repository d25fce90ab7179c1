using Quartz;
using Sirius.BuildingBlocks.Jobs;

namespace Sirius.Host.OpenData;

/// <summary>Regenerates the open-data files (nightly, or when an administrator runs it from the jobs page).</summary>
[DisallowConcurrentExecution]
internal sealed class OpenDataJob(OpenDataExport export, IJobProgress progress) : IJob
{
    public const string Name = "open-data-export";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await export.GenerateAsync(progress, cancellationToken);
}
