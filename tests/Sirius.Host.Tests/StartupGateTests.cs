using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The start-up work (migrations, reference data) runs while the server starts: until it is done the host answers
/// 503 but to health probes and static files, readiness fails, and neither the dispatcher nor the scheduler runs;
/// when it fails, the instance stops.
/// </summary>
public sealed class StartupGateTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Until_the_start_up_work_is_done_the_host_answers_503_then_serves()
    {
        var held = new HeldStartupTask();
        await using var host = SiriusHost.OnSqlite(services: s => s.AddSingleton<IStartupTask>(held));
        host.WaitsForStartup = false;
        var client = host.CreateClient();
        await held.Started.WaitAsync(Timeout);

        var page = await client.BrowseAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        page.Headers.RetryAfter.ShouldNotBeNull();
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"fr\"");
        html.ShouldContain(StartingUpDetail);

        var api = await client.GetAsync("/api/v1/formations/nearby?commune=38185");
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(503);
        problem.GetProperty("detail").GetString().ShouldBe(StartingUpDetail);

        (await client.GetAsync("/css/sirius.css")).StatusCode.ShouldBe(HttpStatusCode.OK, "the 503 page's own styles");
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        host.Services.GetRequiredService<DispatcherHeartbeat>().LastBeat.ShouldBeNull("the dispatcher waits for the migrations");
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.Status.ShouldBe(SchedulerStatus.Created);

        held.Release();
        await host.Services.GetRequiredService<StartupGate>().WaitAsync(CancellationToken.None).WaitAsync(Timeout);
        (await client.BrowseAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready once the work is done");
        await Eventually.HoldsAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running), "the scheduler started");
    }

    [Fact]
    public async Task A_failed_start_up_task_stops_the_instance()
    {
        var failing = new HeldStartupTask(new InvalidOperationException("reference data unreadable"));
        await using var host = SiriusHost.OnSqlite(services: s => s.AddSingleton<IStartupTask>(failing));
        host.WaitsForStartup = false;
        _ = host.CreateClient();
        await failing.Started.WaitAsync(Timeout);
        var gate = host.Services.GetRequiredService<StartupGate>();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        failing.Release();
        (await Should.ThrowAsync<InvalidOperationException>(() => gate.WaitAsync(CancellationToken.None).WaitAsync(Timeout))).Message.ShouldBe("reference data unreadable");
        gate.Failed.ShouldBeTrue();
        gate.IsOpen.ShouldBeFalse();
        await Eventually.HoldsAsync(() => Task.FromResult(stopping.IsCancellationRequested), "the instance stops");
    }

    private const string StartingUpDetail = "Sirius démarre. Réessayez dans quelques secondes.";
}
