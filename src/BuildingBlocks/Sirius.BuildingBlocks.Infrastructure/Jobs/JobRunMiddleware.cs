using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Sirius.BuildingBlocks.Jobs;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>What a run on this instance has reported so far; written to its row about once a second.</summary>
internal sealed class RunProgress(Guid runId)
{
    private int _done;
    private int _total = -1;

    public Guid RunId { get; } = runId;

    public int Done => Volatile.Read(ref _done);

    public int? Total => Volatile.Read(ref _total) is var total && total >= 0 ? total : null;

    public void SetDone(int done) => Volatile.Write(ref _done, done);

    public void SetTotal(int total) => Volatile.Write(ref _total, total);
}

/// <summary>
/// <see cref="IJobProgress"/> for the job run the calling code belongs to: <see cref="JobRunMiddleware"/> sets the
/// run for the job's asynchronous flow, so a handler several calls below the job reports to it.
/// </summary>
internal sealed class JobProgress : IJobProgress
{
    private static readonly AsyncLocal<RunProgress?> CurrentRun = new();

    public static RunProgress? Current
    {
        get => CurrentRun.Value;
        set => CurrentRun.Value = value;
    }

    public void SetTotal(int total) => Current?.SetTotal(total);

    public void Report(int done) => Current?.SetDone(done);
}

/// <summary>
/// Wraps every job execution: writes its run row when it starts, its progress while it runs, and its outcome —
/// succeeded, failed (with the error), cancelled by an administrator, or interrupted by a shutdown — when it ends.
/// </summary>
internal sealed partial class JobRunMiddleware(
    IServiceScopeFactory scopeFactory, TimeProvider clock, ILogger<JobRunMiddleware> logger) : IJobExecutionMiddleware
{
    /// <summary>Set in the job data of a "run now" firing.</summary>
    public const string ManualKey = "sirius.manual";

    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        var progress = new RunProgress(Guid.CreateVersion7());
        await StartAsync(context, progress);
        JobProgress.Current = progress;
        using var stopFlushing = new CancellationTokenSource();
        var flushing = FlushAsync(progress, stopFlushing.Token);
        // An interrupt ("cancel" on the jobs page) cancels the context's token; a shutdown cancels the pipeline's.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        Exception? failure = null;
        try
        {
            await next(context, stopping.Token);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            await stopFlushing.CancelAsync();
            await flushing;
            JobProgress.Current = null;
            await FinishAsync(progress, failure, stopping.IsCancellationRequested);
        }
    }

    private async Task StartAsync(IJobExecutionContext context, RunProgress progress)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.JobRuns.Add(new JobRun
        {
            Id = progress.RunId,
            JobName = context.JobDetail.Key.Name,
            JobGroup = context.JobDetail.Key.Group,
            FireInstanceId = context.FireInstanceId,
            Instance = context.Scheduler.SchedulerInstanceId,
            Manual = context.MergedJobDataMap.ContainsKey(ManualKey),
            ScheduledFireTimeUtc = context.ScheduledFireTimeUtc?.UtcDateTime,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task FlushAsync(RunProgress progress, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(FlushInterval, clock);
        (int Done, int? Total) written = (0, null);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var now = (progress.Done, progress.Total);
                if (now != written)
                {
                    await WriteProgressAsync(progress, stop);
                    written = now;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended; its final figures are written with its outcome.
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            LogProgressFailed(logger, ex, progress.RunId);
        }
    }

    private async Task WriteProgressAsync(RunProgress progress, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var done = progress.Done;
        var total = progress.Total;
        await db.JobRuns.Where(r => r.Id == progress.RunId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.ItemsDone, done).SetProperty(r => r.ItemsTotal, total), cancellationToken);
    }

    private async Task FinishAsync(RunProgress progress, Exception? failure, bool interrupted)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var cancelRequested = await db.JobRuns.Where(r => r.Id == progress.RunId)
            .Select(r => r.CancelRequestedAtUtc != null).FirstOrDefaultAsync(CancellationToken.None);
        var cause = failure is JobExecutionException { InnerException: { } inner } ? inner : failure;
        var outcome = (interrupted, cause) switch
        {
            (true, null or OperationCanceledException) => cancelRequested ? JobOutcomes.Cancelled : JobOutcomes.Interrupted,
            (_, null) => JobOutcomes.Succeeded,
            _ => JobOutcomes.Failed,
        };
        var error = outcome == JobOutcomes.Failed ? Describe(cause!) : null;
        var done = progress.Done;
        var total = progress.Total;
        var ended = clock.GetUtcNow().UtcDateTime;
        await db.JobRuns.Where(r => r.Id == progress.RunId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.EndedAtUtc, ended)
                .SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.ItemsDone, done)
                .SetProperty(r => r.ItemsTotal, total),
            CancellationToken.None);
    }

    private static string Describe(Exception failure)
    {
        var text = $"{failure.GetType().Name} : {failure.Message}";
        return text.Length > JobRun.ErrorMaxLength ? text[..JobRun.ErrorMaxLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the progress of job run {RunId}")]
    private static partial void LogProgressFailed(ILogger logger, Exception exception, Guid runId);
}
