using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The modules' warm-ups run once the start-up work is done and the instance has answered that it is ready; one that
/// fails leaves the others running and the instance serving.
/// </summary>
public sealed class WarmUpTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Warm_ups_wait_for_the_first_ready_answer_and_a_failed_one_does_not_stop_the_others()
    {
        var held = new HeldStartupTask();
        var runs = new List<string>();
        await using var host = SiriusHost.OnSqlite(services: s => s
            .RemoveAll<IWarmUp>()
            .AddSingleton<IStartupTask>(held)
            .AddScoped<IWarmUp>(sp => new RecordingWarmUp("failing", runs, sp.GetRequiredService<StartupGate>(), fails: true))
            .AddScoped<IWarmUp>(sp => new RecordingWarmUp("after", runs, sp.GetRequiredService<StartupGate>(), fails: false)));
        host.WaitsForStartup = false;
        var client = host.CreateClient();
        await held.Started.WaitAsync(Timeout);
        var warmUps = host.Services.GetRequiredService<WarmUps>();

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        warmUps.Done.IsCompleted.ShouldBeFalse("no warm-up runs before the migrations");

        held.Release();
        await host.Services.GetRequiredService<StartupGate>().WaitAsync(CancellationToken.None).WaitAsync(Timeout);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        warmUps.Done.IsCompleted.ShouldBeFalse("nor before the instance has answered that it is ready");
        runs.ShouldBeEmpty();

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready once the work is done");
        await warmUps.Done.WaitAsync(Timeout);
        runs.ShouldBe(["failing (gate open)", "after (gate open)"]);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK, "a failed warm-up leaves the instance serving");
    }

    private sealed class RecordingWarmUp(string name, List<string> runs, StartupGate gate, bool fails) : IWarmUp
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            lock (runs)
            {
                runs.Add($"{name} ({(gate.IsOpen ? "gate open" : "gate closed")})");
            }

            return fails ? Task.FromException(new InvalidOperationException("warm-up failed")) : Task.CompletedTask;
        }
    }
}
