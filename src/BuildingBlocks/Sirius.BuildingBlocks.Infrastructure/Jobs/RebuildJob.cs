using MediatR;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>Recomputes a module's read side with its rebuild command (on its schedule, or when an administrator runs it).</summary>
[DisallowConcurrentExecution]
public sealed class RebuildJob<TCommand>(IMediator mediator, ILogger<RebuildJob<TCommand>> logger) : IJob
    where TCommand : IRequest<Result<int>>, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var rebuilt = await mediator.Send(new TCommand(), cancellationToken);
        RebuildLog.Rebuilt(logger, typeof(TCommand).Name, rebuilt.IsSuccess ? rebuilt.Value : 0);
    }
}

internal static partial class RebuildLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} rebuilt {Rows} rows")]
    internal static partial void Rebuilt(ILogger logger, string command, int rows);
}
