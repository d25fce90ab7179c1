using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Jobs;

namespace Sirius.Testing;

/// <summary>Scheduled jobs run as an administrator runs them from the jobs page: "run now", then the run's history row.</summary>
public static class Jobs
{
    /// <summary>Fires the job now through the scheduler and waits until its run has ended; answers that run.</summary>
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
                    .FirstOrDefault(r => r.JobName == name && !before.Contains(r.Id) && r.Outcome != JobOutcomes.Running);
                return run is not null;
            },
            $"the job {name} ran");
        return run!;
    }
}
