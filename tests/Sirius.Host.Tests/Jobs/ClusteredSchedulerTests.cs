using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests.Jobs;

/// <summary>Two host instances on one PostgreSQL database share Quartz's clustered job store.</summary>
public sealed class ClusteredSchedulerTests
{
    private const string ImportJob = "catalogue-import";

    [Fact]
    public async Task Two_instances_on_one_database_run_each_firing_of_a_job_once()
    {
        // Every two seconds on the clock, so that two in-memory schedulers would both fire at the same instants. The
        // check-in interval stays the default (10 s): with 2 s, a loaded CI machine once ran a firing twice, since a
        // check-in late by 4 s is enough for the other instance to take the first for dead and fire its triggers again.
        var settings = new Dictionary<string, string?>
        {
            ["Catalogue:ImportPath"] = Path.Combine(Path.GetTempPath(), "sirius-absent-" + Guid.NewGuid().ToString("N") + ".csv"),
            ["Catalogue:ImportSchedule"] = "0/2 * * * * ?",
        };
        await using var first = await SiriusHost.OnPostgresAsync(settings);
        _ = first.Services;
        await using var second = first.Sibling(settings);
        _ = second.Services;

        List<JobRun> runs = [];
        await Eventually.HoldsAsync(
            async () => (runs = await ImportRunsAsync(first)).Select(r => r.ScheduledFireTimeUtc).Distinct().Count() >= 5,
            "five firings of the import",
            TimeSpan.FromSeconds(60));

        runs.GroupBy(r => r.ScheduledFireTimeUtc).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("firings run twice");
        runs.Select(r => r.Instance).Distinct().Count().ShouldBeLessThanOrEqualTo(2);
        runs.ShouldAllBe(r => r.Outcome == JobOutcomes.Succeeded || r.Outcome == JobOutcomes.Running);
    }

    [Fact]
    public async Task Run_now_on_one_instance_runs_the_job_once_in_the_cluster()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Catalogue:ImportPath"] = Path.Combine(Path.GetTempPath(), "sirius-absent-" + Guid.NewGuid().ToString("N") + ".csv"),
            ["Catalogue:ImportSchedule"] = "0 0 3 1 1 ?",
        };
        await using var first = await SiriusHost.OnPostgresAsync(settings);
        _ = first.Services;
        await using var second = first.Sibling(settings);
        _ = second.Services;

        await using (var scope = second.Scope())
        {
            (await scope.ServiceProvider.GetRequiredService<JobBoard>().RunNowAsync("establishments", ImportJob, CancellationToken.None)).ShouldBeTrue();
        }

        await Eventually.HoldsAsync(async () => (await ImportRunsAsync(first)).Any(r => r.EndedAtUtc != null), "the manual run ends");
        await Task.Delay(3000);
        var run = (await ImportRunsAsync(first)).ShouldHaveSingleItem();
        run.Manual.ShouldBeTrue();
    }

    private static async Task<List<JobRun>> ImportRunsAsync(SiriusHost host)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().JobRuns.AsNoTracking()
            .Where(r => r.JobName == ImportJob).ToListAsync();
    }
}
