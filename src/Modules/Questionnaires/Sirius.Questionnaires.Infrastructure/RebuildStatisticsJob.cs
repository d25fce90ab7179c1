using MediatR;
using Microsoft.Extensions.Logging;
using Quartz;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Infrastructure;

/// <summary>Recomputes the statistics read side from the module's own tables (weekly, or when an administrator triggers it).</summary>
[DisallowConcurrentExecution]
internal sealed partial class RebuildStatisticsJob(IMediator mediator, ILogger<RebuildStatisticsJob> logger) : IJob
{
    public const string Name = "questionnaires-statistics-rebuild";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var rebuilt = await mediator.Send(new RebuildStatistics(), cancellationToken);
        LogRebuilt(logger, rebuilt.IsSuccess ? rebuilt.Value : 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics rebuilt for {Campaigns} campaigns")]
    private static partial void LogRebuilt(ILogger logger, int campaigns);
}
