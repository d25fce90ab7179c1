using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Jobs;

namespace Sirius.Testing;

/// <summary>Scheduled jobs run as an administrator runs them from the jobs page: "run now", then the run's history row.</summary>
public static class Jobs
{
    /// <summary>
    /// A Quartz schedule that never comes due, for tests that run a job by hand while moving the host's clock: a daily
    /// schedule would misfire when the clock jumps days ahead and race the run the test started.
    /// </summary>
    public const string NeverScheduled = "0 0 0 1 1 ? 2099";

    /// <summary>Fires the job now through the scheduler and waits until that "run now" run has ended; answers it.</summary>
    public static async Task<JobRunView> RunJobAsync(this SiriusHost host, string group, string name)
    {
        HashSet<Guid> before;
        await using (var scope = host.Scope())
        {
            var board = scope.ServiceProvider.GetRequiredService<JobBoard>();
            before = [.. (await board.HistoryAsync(500, default)).Select(r => r.Id)];
            if (!await board.RunNowAsync(group, name, default))
            {
                throw new InvalidOperationException($"No job {group}/{name} is scheduled.");
            }
        }

        JobRunView? run = null;
        await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = host.Scope();
                run = (await scope.ServiceProvider.GetRequiredService<JobBoard>().HistoryAsync(500, default))
                    .FirstOrDefault(r => r.JobName == name && r.Manual && !before.Contains(r.Id) && r.Outcome != JobOutcomes.Running);
                return run is not null;
            },
            $"the job {name} ran");
        return run!;
    }
}
