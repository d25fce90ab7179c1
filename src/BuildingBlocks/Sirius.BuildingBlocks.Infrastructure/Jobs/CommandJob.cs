using MediatR;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// A scheduled job whose whole work is one command of a module (a purge, a round of notifications): the handler does
/// the work, reports progress through <see cref="Sirius.BuildingBlocks.Jobs.IJobProgress"/> and stops at its checkpoints
/// when the token is cancelled. Registered with <see cref="ScheduledJobs.AddScheduledCommand{TCommand, TResult}"/>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CommandJob<TCommand, TResult>(IMediator mediator, ILogger<CommandJob<TCommand, TResult>> logger) : IJob
    where TCommand : IRequest<TResult>, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new TCommand(), cancellationToken);
        LogDone(logger, typeof(TCommand).Name, outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} done: {Outcome}")]
    private static partial void LogDone(ILogger logger, string command, TResult outcome);
}
