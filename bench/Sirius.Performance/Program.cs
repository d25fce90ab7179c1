// The performance suite at national scale (issue #8): generates the national data set into SQLite and into a
// PostgreSQL server started for the run, checks it against the modules' own rebuilds, then starts the Release host
// as its own process on each and measures cold start, public reads against a minimal endpoint, the pilots' dashboard
// and a CFA's results (cold, warm, and computed again after the read side moved), the host's peak memory, complete questionnaire submissions through HTTP (then every
// acknowledged response counted in the database) and the latency of the events they publish. Prints one markdown table and writes it into
// docs/performance.md (between the markers of its scale, the rest of the file is kept).
// Run: dotnet run -c Release --project bench/Sirius.Performance -- [--scale national|small] [--provider sqlite|postgres|both] [--keep] [--skip-check]
//      [--only answering] [--answer-seconds 30] [--host-log file] [--published dir]: only (b), the answering path, for as long as asked (to
//      profile it, attach dotnet-trace or dotnet-counters to the host's process id, printed when it is ready; with
//      Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information in the environment, the host's log
//      file holds every SQL command; --published measures a host published before, e.g. of another commit, on the same data).
// --keep is for a PostgreSQL server of your own (SIRIUS_TEST_POSTGRES): the one the suite starts is removed when it ends.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Infrastructure;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Performance;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Statistics;
using Sirius.Questionnaires.Infrastructure;
using Sirius.Questionnaires.Infrastructure.Persistence;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Infrastructure;
using Sirius.Testimonies.Infrastructure.Persistence;
using Sirius.Testing;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var scale = Option("--scale", "national") == "small" ? Scale.Small : Scale.National;
var providers = Option("--provider", "both") switch
{
    "sqlite" => new[] { DatabaseProvider.Sqlite },
    "postgres" => [DatabaseProvider.Postgres],
    _ => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres],
};
var keep = args.Contains("--keep");
// The check rebuilds the whole read side: about 40 minutes on PostgreSQL at national scale.
var answeringOnly = Option("--only", "") == "answering";
var check = !args.Contains("--skip-check") && !answeringOnly;
var answerDuration = TimeSpan.FromSeconds(int.Parse(Option("--answer-seconds", "30"), CultureInfo.InvariantCulture));
var answerWarmUp = TimeSpan.FromSeconds(30);
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "Sirius.sln")))
{
    root = root.Parent ?? throw new InvalidOperationException("Sirius.sln not found");
}

var command = "dotnet run -c Release --project bench/Sirius.Performance -- " + string.Join(' ', args);
var generation = new List<string>();
var checks = new List<string>();
var figures = new List<string>();
var catalogue = CatalogueGenerator.Generate(scale.Catalogue, seed: 2026);
var csv = new StringWriter();
CatalogueFile.Write(csv, catalogue);
var catalogueBytes = new UTF8Encoding(false).GetBytes(csv.ToString());

foreach (var provider in providers)
{
    await RunAsync(provider);

    // Written after each database, so that a run stopped during the next one keeps what it measured; a run of the
    // answering path alone (to profile it) leaves the document as it is.
    if (!answeringOnly)
    {
        WriteDocument(Report());
    }
}

Console.WriteLine(Report());
return 0;

async Task RunAsync(DatabaseProvider provider)
{
    var name = provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
    var settings = new Dictionary<string, string>
    {
        ["Database:Provider"] = provider.ToString(),
        ["Sirius:Administrator:Email"] = "admin@perf.sirius.test",
        ["Sirius:Administrator:Password"] = Actors.Password,

        // (b): every simulated apprentice answers from the loopback address; the default (600 steps a minute per address,
        // a class behind one school network) stays on for normal traffic.
        ["RateLimits:AnswerPermitsPerMinute"] = "10000000",
    };
    var sqliteDirectory = Path.Combine(Path.GetTempPath(), "sirius-perf-" + Guid.NewGuid().ToString("N")[..8]);
    if (provider == DatabaseProvider.Sqlite)
    {
        settings["Database:SqliteDirectory"] = sqliteDirectory;
    }
    else
    {
        settings["Database:ConnectionString"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
    }

    Console.Error.WriteLine($"{name}: generating the {scale.Name} data set");
    var (generated, survey) = await GenerateAsync(name, settings);
    Console.Error.WriteLine($"{name}: measuring on the Release host");
    await MeasureAsync(name, settings, generated, survey);
    if (check)
    {
        Console.Error.WriteLine($"{name}: checking the generated read side against the modules' rebuilds");
        await CheckReadSideAsync(name, settings);
    }
    else
    {
        checks.Add($"| {name} | not checked in this run (--skip-check) | | | |");
    }

    if (!keep)
    {
        await DeleteAsync(provider, settings, sqliteDirectory);
    }
    else
    {
        Console.Error.WriteLine($"{name}: kept in " + (provider == DatabaseProvider.Sqlite ? sqliteDirectory : settings["Database:ConnectionString"]));
    }
}

async Task DeleteAsync(DatabaseProvider provider, Dictionary<string, string> settings, string sqliteDirectory)
{
    try
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.Delete(sqliteDirectory, recursive: true);
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(settings["Database:ConnectionString"]);
            await using var admin = new NpgsqlConnection((await PostgresServer.SharedAsync()).AdminConnectionString);
            await admin.OpenAsync();
            NpgsqlConnection.ClearAllPools();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{builder.Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
    catch (Exception ex) when (ex is NpgsqlException or IOException)
    {
        Console.Error.WriteLine($"The generated database could not be deleted: {ex.Message}");
    }
}

async Task<(Generated Data, Survey Survey)> GenerateAsync(string name, Dictionary<string, string> settings)
{
    await using var services = ModuleServices(settings);
    var total = Stopwatch.StartNew();
    await services.GetRequiredService<ModuleMigrator>().MigrateAllAsync(default);
    Check(await SendAsync(services, new EnsureDefaultQuestionnaire()));

    // The catalogue through the real import, then its events delivered to the other modules by the real dispatcher.
    var watch = Stopwatch.StartNew();
    await using (var content = new MemoryStream(catalogueBytes))
    {
        await SendAsync(services, new ImportCatalogue(content));
    }

    Console.Error.WriteLine($"  catalogue imported in {watch.Elapsed.TotalSeconds:F0} s");
    var events = await BatchDelivery.DeliverAllAsync(services);
    var catalogueTime = watch.Elapsed;
    Console.Error.WriteLine($"  catalogue imported and {events} events delivered in {catalogueTime.TotalSeconds:F0} s");

    watch.Restart();
    Generated generated;
    await using (var scope = services.CreateAsyncScope())
    {
        generated = await new NationalData(scale, seed: 2026).WriteAsync(
            scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>(),
            scope.ServiceProvider.GetRequiredService<TestimoniesDbContext>(),
            settings["Database:Provider"] == nameof(DatabaseProvider.Postgres));
    }

    var bulkTime = watch.Elapsed;
    watch.Restart();
    await AnalyseAsync(services, settings);
    var analyseTime = watch.Elapsed;
    generation.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {catalogue.Establishments.Count:N0} | {catalogue.Formations.Count:N0} | {generated.Rows["Campaigns"]:N0} | {generated.Rows["Responses"]:N0} | {generated.Rows["ResponseChoices"]:N0} | {generated.Rows["Verbatims"]:N0} | {generated.Rows["StatsAnswers"]:N0} | {generated.Rows["AnswerCounts"]:N0} | {catalogueTime.TotalSeconds:F0} | {bulkTime.TotalSeconds:F0} | {analyseTime.TotalSeconds:F0} | {total.Elapsed.TotalMinutes:F1} |"));
    Console.Error.WriteLine($"  {string.Join(", ", generated.Rows.Select(r => $"{r.Key} {r.Value:N0}"))} in {bulkTime.TotalSeconds:F0} s");

    // The people who read the figures: a national administrator (from configuration), a région observer and the busiest CFA's staff.
    var adminId = Value(await SendAsync(services, new EnsureAdministrator(settings["Sirius:Administrator:Email"], "Alex", "Admin", Actors.Password)));
    var observer = Value(await SendAsync(services, new EnsureAdministrator("observateur@perf.sirius.test", "Camille", "Pilote", Actors.Password)));
    Check(await SendAsync(services, new ChangeAccountRole(adminId, observer, Roles.Observer)));
    Check(await SendAsync(services, new SetObserverScope(adminId, observer, "region", generated.BusiestRegion)));
    var cfa = Value(await SendAsync(services, new EnsureAdministrator("cfa@perf.sirius.test", "Léa", "Martin", Actors.Password)));
    Check(await SendAsync(services, new ChangeAccountRole(adminId, cfa, Roles.Establishment)));
    Check(await SendAsync(services, new AttachSiret(adminId, cfa, generated.BusiestSiret)));
    await BatchDelivery.DeliverAllAsync(services);
    return (generated, await OpenSurveyAsync(services, cfa, generated));
}

async Task CheckReadSideAsync(string name, Dictionary<string, string> settings)
{
    await using var services = ModuleServices(settings);

    // Correctness: the modules' own rebuilds must give the read side the generator wrote.
    var before = await ReadSideAsync(services);
    var watch = Stopwatch.StartNew();
    Check(await SendAsync(services, new RebuildStatistics()));
    var statisticsRebuild = watch.Elapsed;
    watch.Restart();
    Check(await SendAsync(services, new RebuildVerbatimTallies()));
    var talliesRebuild = watch.Elapsed;
    var after = await ReadSideAsync(services);
    foreach (var (aggregate, value) in before)
    {
        var rebuilt = after[aggregate];
        checks.Add($"| {name} | {aggregate} | {value:N0} | {rebuilt:N0} | {(value == rebuilt ? "equal" : "**DIFFERENT**")} |");
    }

    checks.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | rebuild time: RebuildStatistics {statisticsRebuild.TotalSeconds:F0} s, RebuildVerbatimTallies {talliesRebuild.TotalSeconds:F0} s | | | |"));
}

async Task MeasureAsync(string name, Dictionary<string, string> settings, Generated generated, Survey survey)
{
    await using var host = await MeasuredHost.StartAsync(
        root.FullName, settings, Option("--host-log", "") is { Length: > 0 } log ? Path.GetFullPath(log) : null,
        Option("--published", "") is { Length: > 0 } published ? Path.GetFullPath(published) : null);
    Console.Error.WriteLine($"{name}: host ready, process id {host.ProcessId}");
    Figure(name, "(f) cold start to first 200 on /health/ready", $"{host.ColdStart.TotalMilliseconds:F0} ms", "< 2 s", host.ColdStart < TimeSpan.FromSeconds(2));
    if (answeringOnly)
    {
        await MeasureAnsweringAsync(name, settings, host, survey);
        return;
    }


    var admin = await SignInAsync(host.Address, settings["Sirius:Administrator:Email"]);
    var observer = await SignInAsync(host.Address, "observateur@perf.sirius.test");
    var cfa = await SignInAsync(host.Address, "cfa@perf.sirius.test");
    const int Warm = 20;
    foreach (var (who, client, path) in new[]
             {
                 ("national administrator", admin, "/pilotage"),
                 ($"observer of région {generated.BusiestRegion}", observer, "/pilotage"),
                 ($"CFA {generated.BusiestSiret} ({generated.BusiestSiretResponses:N0} responses)", cfa, "/espace/resultats"),
             })
    {
        var timings = await Load.SequenceAsync(client, path, Warm + 1);
        var cold = timings.Milliseconds[0];
        var warm = new Timings(timings.Milliseconds[1..], timings.Elapsed);
        Figure(name, $"(c) {path}, {who}: cold (first call)", $"{cold:F0} ms", "< 500 ms", cold < 500);
        Figure(name, $"(c) {path}, {who}: warm p50 / p95 ({Warm} calls)", $"{Timings.Ms(warm.At(0.5))} / {Timings.Ms(warm.At(0.95))} ms", "p95 < 100 ms", warm.At(0.95) < 100);
    }

    // Every completed response moves the statistics version, so while campaigns are open a report is mostly computed
    // again: the national one after each move, as the projection's own version bump leaves it.
    await using (var moving = ModuleServices(settings))
    {
        var recomputed = await Load.SequenceAsync(admin, "/pilotage", Warm, () => MoveStatisticsVersionAsync(moving));
        Figure(name, $"(c) /pilotage, national administrator: computed again after the read side moved, p50 / p95 ({Warm} calls)",
            $"{Timings.Ms(recomputed.At(0.5))} / {Timings.Ms(recomputed.At(0.95))} ms", "< 500 ms (as cold)", recomputed.At(0.95) < 500);
    }

    await MeasureReadsAsync(name, host.Address, generated);

    var peak = host.PeakRssMiB();
    Figure(name, "(e) peak RSS of the host during (a)–(c) (VmHWM)", $"{peak:F0} MiB", "< 300 MB", peak * 1.048576 < 300);
    await MeasureAnsweringAsync(name, settings, host, survey);

    // (d) commit → subscriber handled, on a quiet host: one response at a time, each completion publishing ResponseCompleted.
    await DrainedAsync(settings);
    var since = DateTime.UtcNow;
    const int Events = 50;
    for (var i = 0; i < Events; i++)
    {
        await Submissions.AnswerAsync(host.Address, survey.Token, survey.Steps);
        await Task.Delay(100);
    }

    await DrainedAsync(settings);
    var latency = await EventLatencyAsync(settings, since);
    Figure(name, $"(d) ResponseCompleted: outbox row's time → subscriber's inbox row ({latency.Milliseconds.Length} deliveries of {Events} events, 2 subscribers)",
        $"p50 / p99 {Timings.Ms(latency.At(0.5))} / {Timings.Ms(latency.At(0.99))} ms", "p50 < 50 ms", latency.At(0.5) < 50);
    admin.Dispose();
    observer.Dispose();
    cfa.Dispose();
}

// (b) complete responses through HTTP after a warm-up, then every acknowledged one stored exactly once.
async Task MeasureAnsweringAsync(string name, Dictionary<string, string> settings, MeasuredHost host, Survey survey)
{
    const int Clients = 8;
    var duration = answerDuration;
    // A process that has just started compiles the path at every tier as it goes: dotnet-counters showed the JIT busy for
    // the first 30–35 s of answering (1.9–3.8 s of JIT per 5 s), then under 0.1 s. The figure is the path once warm, as
    // it runs for days.
    var warm = await Submissions.RunAsync(host.Address, survey.Token, survey.Steps, Clients, answerWarmUp);
    var cpuBefore = host.CpuTime();
    var run = await Submissions.RunAsync(host.Address, survey.Token, survey.Steps, Clients, duration);
    var cpu = host.CpuTime() - cpuBefore;
    var requests = run.Responses.Milliseconds.Length * (2 * survey.Steps.Count + 2);
    var requestsPerSecond = requests / run.Responses.Elapsed.TotalSeconds;
    Figure(name, $"(b) complete responses through HTTP ({survey.Steps.Count} steps: {2 * survey.Steps.Count + 2} requests each), {Clients} clients, {duration.TotalSeconds:F0} s after {answerWarmUp.TotalSeconds:F0} s of warm-up, answer rate limit raised by configuration",
        $"{run.ResponsesPerSecond:F1} responses/s ({requestsPerSecond:F0} req/s), p50 / p99 {Timings.Ms(run.Responses.At(0.5))} / {Timings.Ms(run.Responses.At(0.99))} ms per response, {run.Failed + warm.Failed} failed{(run.Errors.Count > 0 ? " (" + run.Errors[0] + ")" : "")}",
        "≥ 1,500 req/s (34 responses/s)", requestsPerSecond >= 1500);
    Figure(name, "(b) host CPU time per request while answering (user + system, all threads, background delivery included)",
        $"{cpu.TotalMilliseconds / Math.Max(1, requests):F2} ms ({cpu.TotalSeconds:F1} s of CPU in {run.Responses.Elapsed.TotalSeconds:F0} s; {Environment.ProcessorCount} cores: {Environment.ProcessorCount * 1000.0 / (cpu.TotalMilliseconds / Math.Max(1, requests)):F0} req/s if the host had them to itself)",
        "", null);
    var (completed, unfinished) = await StoredResponsesAsync(settings, survey.CampaignId);
    var acknowledged = warm.Acknowledged + run.Acknowledged;
    Figure(name, $"(b) acknowledged responses stored exactly once (the {answerWarmUp.TotalSeconds:F0} s of warm-up included)", $"{acknowledged:N0} acknowledged, {completed:N0} completed in the database, {unfinished:N0} unfinished", "0 lost",
        completed == acknowledged && unfinished == 0);
}

// (a) every public GET with wrk against /health/live of the same host, measured before and after them.
async Task MeasureReadsAsync(string name, Uri address, Generated generated)
{
    if (await Wrk.EnsureInstalledAsync() is { } skipped)
    {
        Figure(name, "(a) public reads", "not measured: " + skipped, "ratio ≥ 0.5, p99 < 10 ms", null);
        return;
    }

    string[] reads =
    [
        "/", "/statistiques", "/decouvrir?code=69123&distance=30", $"/widget/formation/{generated.BusiestCfd}",
        $"/widget/etablissement/{generated.BusiestSiret}", "/widget/sirius-widget.js", $"/api/v1/formations/{generated.BusiestCfd}",
        $"/api/v1/formations/{generated.BusiestCfd}/temoignages", $"/api/v1/etablissements/{generated.BusiestSiret}",
        $"/api/v1/etablissements/{generated.BusiestSiret}/temoignages", "/api/v1/formations/nearby?lat=45.76&lon=4.84&radius_km=30",
        "/api/v1/donnees-ouvertes", "/openapi/v1.json", "/api/documentation",
    ];
    var duration = TimeSpan.FromSeconds(6);
    var load = $"wrk -t{Wrk.Threads} -c{Wrk.Connections} -d{duration.TotalSeconds:F0}s, after 2 s of the same load not counted";
    var before = await WarmThenMeasureAsync("/health/live");
    var results = new List<(string Path, WrkResult Result)>();
    foreach (var path in reads)
    {
        results.Add((path, await WarmThenMeasureAsync(path)));
    }

    var after = await WarmThenMeasureAsync("/health/live");
    var reference = (before.RequestsPerSecond + after.RequestsPerSecond) / 2;
    Figure(name, $"(a) /health/live (minimal endpoint), {load}, before / after the reads",
        $"{before.RequestsPerSecond:F0} / {after.RequestsPerSecond:F0} req/s, p99 {Timings.Ms(before.P99Milliseconds)} / {Timings.Ms(after.P99Milliseconds)} ms", "reference (their mean)", null);
    foreach (var (path, read) in results)
    {
        var ratio = read.RequestsPerSecond / reference;
        var failures = read.Clean ? "" : $", {read.Timeouts} timeouts, {read.Errors} socket errors, {read.Non2xx} non-2xx";
        Figure(name, $"(a) {path}, {load}", $"{read.RequestsPerSecond:F0} req/s (ratio {ratio:F2}), p99 {Timings.Ms(read.P99Milliseconds)} ms{failures}",
            "ratio ≥ 0.5, p99 < 10 ms", ratio >= 0.5 && read.P99Milliseconds < 10 && read.Clean);
    }

    // The first seconds of a path load its code and caches (one run found /health/live at 15 k req/s, then 67 k).
    async Task<WrkResult> WarmThenMeasureAsync(string path)
    {
        await Wrk.MeasureAsync(address, path, TimeSpan.FromSeconds(2));
        return await Wrk.MeasureAsync(address, path, duration);
    }
}

// A campaign of the busiest CFA opened for the submissions, and the fields a browser posts at each of its steps.
async Task<Survey> OpenSurveyAsync(ServiceProvider services, Guid cfa, Generated generated)
{
    string formationKey;
    await using (var scope = services.CreateAsyncScope())
    {
        formationKey = await scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>().Campaigns
            .Where(c => c.Siret == generated.BusiestSiret).Select(c => c.FormationKey).FirstAsync();
    }

    var version = (await SendAsync(services, new ListUsableVersions(cfa)))[0].Id;
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var name = "Campagne de mesure " + Guid.NewGuid().ToString("N")[..8];
    Check(await SendAsync(services, new CreateCampaigns(cfa, [new NewCampaign(formationKey, name, today.AddDays(-1), today.AddDays(30), 0, version)])));
    await BatchDelivery.DeliverAllAsync(services);
    var campaign = (await SendAsync(services, new ListCampaigns(cfa))).Single(c => c.Name == name);
    var first = (await SendAsync(services, new GetResponseStep(campaign.Token, null, 1)))!;
    var steps = new List<Dictionary<string, string>>();
    for (var n = 1; n <= first.StepCount; n++)
    {
        steps.Add(Respondents.FormFields((await SendAsync(services, new GetResponseStep(campaign.Token, null, n)))!.Question));
    }

    return new Survey(campaign.Id, campaign.Token, steps);
}

static async Task MoveStatisticsVersionAsync(ServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>().StatisticsVersions
        .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));
}

async Task<(int Completed, int Unfinished)> StoredResponsesAsync(Dictionary<string, string> settings, Guid campaignId)
{
    await using var services = ModuleServices(settings);
    await using var scope = services.CreateAsyncScope();
    var responses = scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>().Responses.Where(r => r.CampaignId == campaignId);
    return (await responses.CountAsync(r => r.CompletedAtUtc != null), await responses.CountAsync(r => r.CompletedAtUtc == null));
}

// Until the host's dispatcher has delivered every event of the module that publishes ResponseCompleted.
async Task DrainedAsync(Dictionary<string, string> settings)
{
    await using var services = ModuleServices(settings);
    var watch = Stopwatch.StartNew();
    while (true)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>().OutboxMessages.AnyAsync(m => m.ProcessedAtUtc == null))
            {
                return;
            }
        }

        if (watch.Elapsed > TimeSpan.FromMinutes(10))
        {
            throw new TimeoutException("The host's dispatcher did not deliver the submissions' events in 10 minutes.");
        }

        await Task.Delay(100);
    }
}

// Each ResponseCompleted published since then: from its outbox row's time (taken just before the commit) to each subscriber's inbox row.
async Task<Timings> EventLatencyAsync(Dictionary<string, string> settings, DateTime since)
{
    await using var services = ModuleServices(settings);
    await using var scope = services.CreateAsyncScope();
    var questionnaires = scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>();
    var testimonies = scope.ServiceProvider.GetRequiredService<TestimoniesDbContext>();
    var type = Sirius.BuildingBlocks.Infrastructure.Messaging.EventTypeRegistry.KeyOf(typeof(ResponseCompleted));
    var occurred = await questionnaires.OutboxMessages.Where(m => m.Type == type && m.OccurredAtUtc >= since)
        .ToDictionaryAsync(m => m.Id, m => m.OccurredAtUtc);
    var ids = occurred.Keys.ToList();
    var handled = (await questionnaires.InboxMessages.Where(i => ids.Contains(i.EventId)).Select(i => new { i.EventId, i.HandledAtUtc }).ToListAsync())
        .Concat(await testimonies.InboxMessages.Where(i => ids.Contains(i.EventId)).Select(i => new { i.EventId, i.HandledAtUtc }).ToListAsync());
    return new Timings(handled.Select(h => (h.HandledAtUtc - occurred[h.EventId]).TotalMilliseconds).ToArray(), TimeSpan.Zero);
}

async Task<HttpClient> SignInAsync(Uri address, string email)
{
    var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address };
    var signIn = await client.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Actors.Password });
    if (signIn.Headers.Location?.ToString() != "/espace")
    {
        throw new InvalidOperationException($"{email} could not sign in: {signIn.StatusCode}");
    }

    await client.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });
    return client;
}

void Figure(string database, string figure, string value, string target, bool? met)
{
    var line = $"| {database} | {figure} | {value} | {target} | {(met is null ? "" : met.Value ? "met" : "**missed**")} |";
    Console.Error.WriteLine(line);
    figures.Add(line);
}

async Task AnalyseAsync(IServiceProvider services, Dictionary<string, string> settings)
{
    // What autovacuum would do shortly after such a load on PostgreSQL; SQLite is left as the host leaves it.
    if (settings["Database:Provider"] == nameof(DatabaseProvider.Postgres))
    {
        await using var connection = new NpgsqlConnection(settings["Database:ConnectionString"]);
        await connection.OpenAsync();
        await using var analyse = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
        await analyse.ExecuteNonQueryAsync();
    }
}

async Task<Dictionary<string, long>> ReadSideAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var q = scope.ServiceProvider.GetRequiredService<QuestionnairesDbContext>();
    var t = scope.ServiceProvider.GetRequiredService<TestimoniesDbContext>();
    var side = new Dictionary<string, long>
    {
        ["StatsCampaigns rows"] = await q.CampaignStatistics.LongCountAsync(),
        ["StatsCampaigns Σ Responses"] = await q.CampaignStatistics.SumAsync(c => (long)c.Responses),
        ["StatsCampaigns Σ FreeTextResponses"] = await q.CampaignStatistics.SumAsync(c => (long)c.FreeTextResponses),
        ["StatsCampaigns Σ DurationSecondsSum"] = await q.CampaignStatistics.SumAsync(c => c.DurationSecondsSum),
        ["StatsCampaigns Σ Seats"] = await q.CampaignStatistics.SumAsync(c => (long)c.Seats),
        ["StatsDurations rows / Σ"] = await q.DurationBuckets.LongCountAsync() * 1_000_000_000L + await q.DurationBuckets.SumAsync(d => (long)d.Responses),
        ["StatsDays rows / Σ"] = await q.DailyResponses.LongCountAsync() * 1_000_000_000L + await q.DailyResponses.SumAsync(d => (long)d.Responses),
        ["StatsAnswers rows"] = await q.AnswerStatistics.LongCountAsync(),
        ["StatsAnswers Σ Responses"] = await q.AnswerStatistics.SumAsync(a => (long)a.Responses),
        ["StatsAnswers Σ Responses where value is « bien »"] = await q.AnswerStatistics.Where(a => a.Value == "bien").SumAsync(a => (long)a.Responses),
    };
    foreach (var area in new[] { StatisticsArea.National, StatisticsArea.Region, StatisticsArea.Department })
    {
        side[$"StatsAreaDurations {area} rows / Σ"] = await q.AreaDurations.LongCountAsync(a => a.Area == area) * 1_000_000_000L
                                                      + await q.AreaDurations.Where(a => a.Area == area).SumAsync(a => a.Responses);
        side[$"StatsAreaDays {area} rows / Σ"] = await q.AreaDays.LongCountAsync(a => a.Area == area) * 1_000_000_000L
                                                 + await q.AreaDays.Where(a => a.Area == area).SumAsync(a => a.Responses);
        side[$"StatsAreaDurations {area} Σ Responses × Bucket"] = await q.AreaDurations.Where(a => a.Area == area).SumAsync(a => a.Responses * a.Bucket);
        side[$"StatsAreaAnswers {area} rows"] = await q.AreaAnswers.LongCountAsync(a => a.Area == area);
        side[$"StatsAreaAnswers {area} Σ Responses"] = await q.AreaAnswers.Where(a => a.Area == area).SumAsync(a => a.Responses);
        side[$"StatsAreaAnswers {area} Σ Responses where value is « bien »"] =
            await q.AreaAnswers.Where(a => a.Area == area && a.Value == "bien").SumAsync(a => a.Responses);
    }

    foreach (var status in Enum.GetValues<Sirius.Testimonies.Domain.Verbatims.VerbatimStatus>())
    {
        side[$"VerbatimTallies Σ {status}"] = await t.VerbatimTallies.Where(v => v.Status == status).SumAsync(v => (long)v.Count);
    }

    side["ThemeTallies rows"] = await t.ThemeTallies.LongCountAsync(t => t.Count > 0);
    side["ThemeTallies Σ"] = await t.ThemeTallies.SumAsync(t => (long)t.Count);
    var counters = await t.PublicCounters.SingleAsync();
    side["PublicCounters establishments / campaigns"] = counters.Establishments * 1_000_000_000L + counters.Campaigns;
    side["PublicCounters responses / published testimonies"] = counters.Responses * 1_000_000_000L + counters.PublishedTestimonies;
    side["PublicCounters rejected testimonies"] = counters.RejectedTestimonies;
    side["NationalThemeTallies rows / Σ"] = await t.NationalThemeTallies.LongCountAsync(x => x.Count > 0) * 1_000_000_000L + await t.NationalThemeTallies.SumAsync(x => (long)x.Count);
    side["ModerationDelayTallies rows / Σ"] = await t.ModerationDelayTallies.LongCountAsync(x => x.Count > 0) * 1_000_000_000L + await t.ModerationDelayTallies.SumAsync(x => (long)x.Count);
    side["ModerationDelayTallies Σ Count × Hours"] = await t.ModerationDelayTallies.SumAsync(x => (long)x.Count * x.Hours);
    foreach (var dimension in new[] { PublicResponseTally.Month, PublicResponseTally.Region, PublicResponseTally.DiplomaLevel })
    {
        side[$"StatsPublicTallies {dimension} rows / Σ"] = await q.PublicResponseTallies.LongCountAsync(x => x.Dimension == dimension && x.Responses != 0) * 1_000_000_000L
                                                         + await q.PublicResponseTallies.Where(x => x.Dimension == dimension).SumAsync(x => x.Responses);
    }

    return side;
}

// The modules as the host composes them, without the dispatcher running by itself.
ServiceProvider ModuleServices(Dictionary<string, string> settings)
{
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        .AddInMemoryCollection([KeyValuePair.Create("Outbox:AutoDispatch", (string?)"false")])
        .Build();
    return new ServiceCollection().AddLogging().AddSiriusPlatform(configuration)
        .AddDataProtection().Services
        .AddEstablishmentsModule(configuration).AddQuestionnairesModule(configuration).AddTestimoniesModule(configuration)
        .BuildServiceProvider();
}

async Task<TResponse> SendAsync<TResponse>(IServiceProvider services, IRequest<TResponse> request)
{
    await using var scope = services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

static void Check(Sirius.BuildingBlocks.Result result)
{
    if (!result.IsSuccess)
    {
        throw new InvalidOperationException(result.Error!.Message);
    }
}

static T Value<T>(Sirius.BuildingBlocks.Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

string Report()
{
    var memory = File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim();
    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
    var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
    var text = new StringBuilder();
    text.AppendLine(CultureInfo.InvariantCulture, $"Scale **{scale.Name}**, run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({cpu}), {memory} memory, load average at the end {string.Join(" ", load)}.");
    text.AppendLine();
    text.AppendLine("```");
    text.AppendLine(command.Trim());
    text.AppendLine("```");
    text.AppendLine();
    text.AppendLine("### Generation");
    text.AppendLine();
    text.AppendLine("| database | establishments | formations | campaigns | completed responses | response choices | verbatims | StatsAnswers rows | AnswerCounts rows | catalogue s | bulk write s | analyse s | total min |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    generation.ForEach(l => text.AppendLine(l));
    text.AppendLine();
    text.AppendLine("### Read side as generated vs after the modules' rebuilds");
    text.AppendLine();
    text.AppendLine("| database | aggregate | generated | after RebuildStatistics / RebuildVerbatimTallies | |");
    text.AppendLine("|---|---|---:|---:|---|");
    checks.ForEach(l => text.AppendLine(l));
    text.AppendLine();
    text.AppendLine("### Measurements (Release host on Kestrel, loopback)");
    text.AppendLine();
    text.AppendLine("| database | figure | measured | target (#8) | |");
    text.AppendLine("|---|---|---|---|---|");
    figures.ForEach(l => text.AppendLine(l));
    return text.ToString();
}

void WriteDocument(string results)
{
    // One section per scale, so that a run of one scale keeps the other's latest run.
    var start = $"<!-- results:{scale.Name}:start -->";
    var end = $"<!-- results:{scale.Name}:end -->";
    var path = Path.Combine(root.FullName, "docs", "performance.md");
    var document = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n";
    var from = document.IndexOf(start, StringComparison.Ordinal);
    var to = document.IndexOf(end, StringComparison.Ordinal);
    var section = $"{start}\n## Latest run ({scale.Name})\n\n{results}{end}";
    File.WriteAllText(path, from >= 0 && to > from ? document[..from] + section + document[(to + end.Length)..] : document + "\n" + section + "\n");
}

internal sealed record Survey(Guid CampaignId, string Token, IReadOnlyList<Dictionary<string, string>> Steps);
