using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

public sealed record JobRunView(
    Guid Id,
    string JobName,
    string JobTitle,
    bool Manual,
    string Instance,
    DateTime StartedAtUtc,
    DateTime? EndedAtUtc,
    string Outcome,
    string? Error,
    int? ItemsDone,
    int? ItemsTotal,
    bool CancelRequested);

public sealed record JobView(string Name, string Group, string Title, string Schedule, DateTime? NextRunUtc, JobRunView? Running, JobRunView? LastRun);

/// <summary>
/// What the admin jobs page shows and does: every scheduled job with its schedule, next run, running and last run,
/// the run history; "run now" and "cancel", which reach whichever instance runs the job.
/// </summary>
public sealed class JobBoard(PlatformDbContext db, ISchedulerFactory schedulers, IEnumerable<ScheduledJob> jobs, TimeProvider clock)
{
    private readonly IReadOnlyList<ScheduledJob> _jobs = [.. jobs];

    public async Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var views = new List<JobView>(_jobs.Count);
        foreach (var job in _jobs)
        {
            var trigger = await scheduler.GetTrigger(job.TriggerKey, cancellationToken);
            var recent = await db.JobRuns.AsNoTracking()
                .Where(r => r.JobGroup == job.Group && r.JobName == job.Name)
                .OrderByDescending(r => r.StartedAtUtc).Take(20).ToListAsync(cancellationToken);
            var running = recent.FirstOrDefault(r => r.Outcome == JobOutcomes.Running);
            var last = recent.FirstOrDefault(r => r.Outcome != JobOutcomes.Running);
            views.Add(new JobView(
                job.Name, job.Group, job.Title, ScheduleText.Describe(job), trigger?.NextFireTimeUtc?.UtcDateTime,
                running is null ? null : View(running), last is null ? null : View(last)));
        }

        return views;
    }

    /// <summary>
    /// The latest runs; without the routine ones, the scheduled successes of the frequent jobs (every few seconds or
    /// minutes), whose last run the job list shows: what is left are failures, manual runs and the rarer jobs.
    /// </summary>
    public async Task<IReadOnlyList<JobRunView>> HistoryAsync(int count, CancellationToken cancellationToken, bool withoutRoutine = false)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (withoutRoutine)
        {
            var frequent = _jobs.Where(ScheduleText.IsFrequent).Select(j => j.Name).ToList();
            runs = runs.Where(r => r.Manual || r.Outcome != JobOutcomes.Succeeded || !frequent.Contains(r.JobName));
        }

        var rows = await runs.OrderByDescending(r => r.StartedAtUtc).Take(count).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    /// <summary>Fires the job at once, on whichever instance picks it up; false for an unknown job.</summary>
    public async Task<bool> RunNowAsync(string group, string name, CancellationToken cancellationToken)
    {
        if (Find(group, name) is not { } job)
        {
            return false;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(job.JobKey, new JobDataMap { [JobRunMiddleware.ManualKey] = "true" }, cancellationToken);
        return true;
    }

    /// <summary>Asks a running job to stop at its next checkpoint; false when the run is not running any more.</summary>
    public async Task<bool> CancelAsync(Guid runId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.JobRuns.Where(r => r.Id == runId && r.Outcome == JobOutcomes.Running && r.CancelRequestedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelRequestedAtUtc, now), cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        var run = await db.JobRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.FireInstanceId }).FirstAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.InterruptFireInstance(run.FireInstanceId, cancellationToken);
        return true;
    }

    private ScheduledJob? Find(string group, string name) => _jobs.FirstOrDefault(j => j.Group == group && j.Name == name);

    private JobRunView View(JobRun run) => new(
        run.Id, run.JobName, _jobs.FirstOrDefault(j => j.Group == run.JobGroup && j.Name == run.JobName)?.Title ?? run.JobName,
        run.Manual, run.Instance, run.StartedAtUtc, run.EndedAtUtc, run.Outcome, run.Error, run.ItemsDone, run.ItemsTotal,
        run.CancelRequestedAtUtc is not null);
}
