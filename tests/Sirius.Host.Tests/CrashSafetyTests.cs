using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Application;
using Sirius.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sirius.Host.Tests;

/// <summary>
/// The host as a separate process on PostgreSQL, under apprentices answering through the real forms from several
/// clients at once, killed with SIGKILL mid-load and started again: every response whose last step was acknowledged
/// is stored complete, once, and every ResponseCompleted event reaches each subscriber exactly once.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Clients = 6;
    private const int AcknowledgedBeforeKill = 8;

    [Fact]
    public async Task Acknowledged_responses_survive_a_sigkill_mid_load_and_their_events_are_delivered_once()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var database = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        // The test's own host only seeds and reads: it never dispatches, so deliveries are the process's.
        await using var reader = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?> { ["Outbox:AutoDispatch"] = "false" }, connectionString: database);
        _ = reader.Services;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} database migrated.");
        var keys = Path.Combine(Path.GetTempPath(), "sirius-keys-" + Guid.NewGuid().ToString("N")[..12]);
        using var host = new HostProcess(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = database,
            ["DataProtection:KeysDirectory"] = keys,
            ["RateLimits:AnswerPermitsPerMinute"] = "100000",
            ["Outbox:PollInterval"] = "00:00:01",
            // Rows the killed process had claimed stay reserved this long (2 minutes by default) before another claim.
            ["Outbox:ClaimDuration"] = "00:00:05",
        });
        var starting = host.StartAsync();

        var (_, campaign) = await reader.OpenCampaignAsync();
        var first = (await reader.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!;
        var questions = new List<QuestionView>();
        for (var n = 1; n <= first.StepCount; n++)
        {
            questions.Add((await reader.SendAsync(new GetResponseStep(campaign.Token, null, n)))!.Question);
        }

        await starting;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} host process ready.");

        var acknowledged = new ConcurrentBag<Guid>();
        var failures = new ConcurrentQueue<string>();
        using var killed = new CancellationTokenSource();
        var load = Enumerable.Range(0, Clients)
            .Select(_ => Task.Run(async () =>
            {
                while (!killed.IsCancellationRequested && await AnswerAsync(host.BaseAddress, campaign.Token, questions, failures, killed.Token) is { } id)
                {
                    acknowledged.Add(id);
                }
            }))
            .ToList();
        await Eventually.HoldsAsync(() => Task.FromResult(acknowledged.Count >= AcknowledgedBeforeKill || !failures.IsEmpty), "responses are acknowledged under load");
        failures.ShouldBeEmpty(host.Output);

        await killed.CancelAsync();
        host.Kill();
        await Task.WhenAll(load);
        failures.ShouldBeEmpty();
        var storedAtKill = await CompletedAsync(reader, campaign.Id);
        var startedAtKill = await StartedAsync(reader, campaign.Id);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed: {acknowledged.Count} acknowledged, {storedAtKill.Count} stored complete, {startedAtKill - storedAtKill.Count} in progress.");

        await host.StartAsync();
        output.WriteLine($"{clock.Elapsed:mm\\:ss} restarted.");
        (await AnswerAsync(host.BaseAddress, campaign.Token, questions, failures, CancellationToken.None)).ShouldNotBeNull(string.Join(Environment.NewLine, failures));
        var acknowledgedAfterRestart = 1;
        await Eventually.HoldsAsync(async () => await PendingEventsAsync(reader) == 0, "the restarted host delivers every pending event");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every event delivered.");

        var stored = await CompletedAsync(reader, campaign.Id);
        output.WriteLine($"{Clients} clients, {questions.Count} steps each. Acknowledged before the kill: {acknowledged.Count}; stored complete: " +
                         $"{storedAtKill.Count} at the kill, {stored.Count} after the restart (with {acknowledgedAfterRestart} answered after it).");
        acknowledged.Distinct().Count().ShouldBe(acknowledged.Count, "one response per acknowledged client");
        acknowledged.Except(storedAtKill).ShouldBeEmpty("every acknowledged response is stored complete");
        stored.Count.ShouldBe(storedAtKill.Count + acknowledgedAfterRestart, "no response completes twice, nor by itself");

        await using var scope = reader.Scope();
        var questionnaires = (DbContext)scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var testimonies = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
        var events = (await questionnaires.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type == typeof(ResponseCompleted).FullName).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonSerializer.Deserialize<ResponseCompleted>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Where(e => e.CampaignId == campaign.Id).ToList();
        events.Select(e => e.ResponseId).Order().ShouldBe(stored.Order(), "one ResponseCompleted event per stored response");
        var eventIds = events.Select(e => e.EventId).ToList();

        foreach (var subscriber in new[] { questionnaires, (DbContext)testimonies })
        {
            var handled = await subscriber.Set<InboxMessage>().AsNoTracking().Where(i => eventIds.Contains(i.EventId)).ToListAsync();
            handled.Count.ShouldBe(eventIds.Count, $"each event is handled once by {subscriber.GetType().Name}");
            handled.Select(i => i.EventId).Distinct().Count().ShouldBe(eventIds.Count);
        }

        var statistics = await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().CampaignStatistics.AsNoTracking().SingleAsync(s => s.CampaignId == campaign.Id);
        statistics.Responses.ShouldBe(stored.Count, "the statistics count each completed response once");
        var counted = await testimonies.CountedResponses.AsNoTracking().Where(c => c.CampaignId == campaign.Id).Select(c => c.ResponseId).ToListAsync();
        counted.Order().ShouldBe(stored.Order(), "the public read model counts each completed response once");
        host.Kill();
        Directory.Delete(keys, recursive: true);
    }

    /// <summary>
    /// One apprentice in a browser of its own: GET each step, post it with its anti-forgery token and the respondent
    /// cookie; answers the response id once the last step is acknowledged (redirect to /merci), null if it was not.
    /// </summary>
    private static async Task<Guid?> AnswerAsync(
        Uri address, string token, IReadOnlyList<QuestionView> questions, ConcurrentQueue<string> failures, CancellationToken killed)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            for (var step = 1; step <= questions.Count; step++)
            {
                var url = $"/q/{token}/questions/{step}";
                using var posted = await client.PostWithTokenAsync(url, Respondents.FormFields(questions[step - 1]), await client.TokenAsync(url));
                var next = step == questions.Count ? $"/q/{token}/merci" : $"/q/{token}/questions/{step + 1}";
                if (posted.StatusCode != HttpStatusCode.Redirect || posted.Headers.Location?.OriginalString.EndsWith(next, StringComparison.Ordinal) != true)
                {
                    failures.Enqueue($"step {step}: {(int)posted.StatusCode} {posted.Headers.Location}");
                    return null;
                }
            }
        }
        catch (Exception e) when (killed.IsCancellationRequested && e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The host was killed under this apprentice: the response was never acknowledged.
            return null;
        }

        var cookie = cookies.GetAllCookies().Single(c => c.Name == "sirius_reponse");
        return Guid.ParseExact(cookie.Value.Split('.')[0], "N");
    }

    private static async Task<List<Guid>> CompletedAsync(SiriusHost reader, Guid campaignId)
    {
        await using var scope = reader.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.CompletedAtUtc != null).Select(r => r.Id).ToListAsync();
    }

    private static async Task<int> StartedAsync(SiriusHost reader, Guid campaignId)
    {
        await using var scope = reader.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Responses.CountAsync(r => r.CampaignId == campaignId);
    }

    private static async Task<int> PendingEventsAsync(SiriusHost reader)
    {
        await using var scope = reader.Scope();
        var pending = 0;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleInfo>())
        {
            pending += await module.Resolve(scope.ServiceProvider).OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null);
        }

        return pending;
    }
}
