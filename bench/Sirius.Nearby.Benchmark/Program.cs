// Measures GET /api/v1/formations/nearby at national scale: the generated national catalogue (4,000 CFAs,
// 20,000 formation places) in the Testimonies read models with responses and published testimonies, then random
// searches around real places (radius 10 to 100 km, a third with a level filter), in process through the mediator
// and over HTTP on Kestrel, on SQLite and on a PostgreSQL server started for the run.
// Also measures the public reads of one busy formation (issue #8 (a)): one CFD given at 235 places, 11,280 responses,
// 25,000 published testimonies, read by 8 clients in a closed loop for 10 s through /api/v1/formations/{cfd} and
// /widget/formation/{cfd}, against /health/live on the same host; then again while the read models change every second.
// Run: dotnet run -c Release --project bench/Sirius.Nearby.Benchmark [-- nearby|reads]
using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Testimonies.Application;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Performance;
using Sirius.Testing;

const int Queries = 2_000;
var only = args.FirstOrDefault();
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "Sirius.sln")))
{
    root = root.Parent ?? throw new InvalidOperationException("Sirius.sln not found");
}

// The host's content root, which WebApplicationFactory finds by itself only from a test project.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SIRIUS_HOST", Path.Combine(root.FullName, "src", "Host", "Sirius.Host"));
var catalogue = CatalogueGenerator.Generate(CatalogueSize.National, seed: 2026);
if (only is null or "nearby")
{
    Console.WriteLine($"Catalogue: {catalogue.Establishments.Count} establishments, {catalogue.Formations.Count} formation places");
    Console.WriteLine();
    Console.WriteLine("| database | path | queries | p50 ms | p95 ms | p99 ms | max ms | mean results |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");

    await using (var sqlite = SiriusHost.OnSqlite())
    {
        await RunAsync("SQLite", sqlite);
    }

    await using (var postgres = await SiriusHost.OnPostgresAsync())
    {
        await RunAsync("PostgreSQL", postgres);
    }
}

if (only is null or "reads")
{
    Console.WriteLine();
    Console.WriteLine("| database | path | 8 clients, 10 s | req/s | p50 ms | p99 ms | ratio to /health/live |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    await using (var sqlite = SiriusHost.OnSqlite())
    {
        await PublicReadsAsync("SQLite", sqlite);
    }

    await using (var postgres = await SiriusHost.OnPostgresAsync())
    {
        await PublicReadsAsync("PostgreSQL", postgres);
    }
}

async Task RunAsync(string database, SiriusHost host)
{
    var baseAddress = host.StartOnKestrel();
    var (places, published) = await FillAsync(host);
    await RebuildTalliesAsync(host);
    var random = new Random(12);
    var searches = Enumerable.Range(0, Queries).Select(_ => Search(random)).ToList();

    var build = Stopwatch.StartNew();
    await SendAsync(host, searches[0]);
    Console.Error.WriteLine($"{database}: {places} public places, {published} published testimonies; first search (index build) {build.ElapsedMilliseconds} ms");

    await MeasureAsync(database, "in process, distinct points", searches, async s => (await SendAsync(host, s)).Total);
    await MeasureAsync(database, "in process, repeated (cached)", searches.Take(200).ToList(), async s => (await SendAsync(host, searches[0])).Total);
    using var http = new HttpClient { BaseAddress = baseAddress };
    await MeasureAsync(database, "HTTP (Kestrel), distinct points", searches.Select(s => s with { Latitude = s.Latitude + 0.0005 }).ToList(), async s =>
    {
        using var response = await http.GetAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/formations/nearby?lat={s.Latitude}&lon={s.Longitude}&radius_km={s.RadiusKm}{(s.Level is null ? "" : "&level=" + s.Level)}"));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        return 0;
    });
}

FindNearbyFormations Search(Random random)
{
    var place = catalogue.Formations[random.Next(catalogue.Formations.Count)].Place;
    var radius = new[] { 10, 20, 30, 50, 100 }[random.Next(5)];
    return new FindNearbyFormations(
        (double)place.Latitude + ((random.NextDouble() - 0.5) * 0.2), (double)place.Longitude + ((random.NextDouble() - 0.5) * 0.2), null,
        radius, random.Next(3) == 0 ? random.Next(3, 6) : null);
}

async Task<NearbyFormations> SendAsync(SiriusHost host, FindNearbyFormations search)
{
    await using var scope = host.Scope();
    return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(search)).Value;
}

async Task MeasureAsync(string database, string path, IReadOnlyList<FindNearbyFormations> searches, Func<FindNearbyFormations, Task<int>> run)
{
    for (var i = 0; i < 50; i++)
    {
        await run(searches[i % searches.Count]);
    }

    var timings = new double[searches.Count];
    long results = 0;
    for (var i = 0; i < searches.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        results += await run(searches[i]);
        timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(timings);
    double At(double q) => timings[Math.Min(timings.Length - 1, (int)Math.Ceiling(q * timings.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {database} | {path} | {searches.Count} | {At(0.50):F2} | {At(0.95):F2} | {At(0.99):F2} | {timings[^1]:F2} | {(results == 0 ? "–" : (results / (double)searches.Count).ToString("F0", CultureInfo.InvariantCulture))} |"));
}

// Every place of the catalogue in the read models, 0 to 12 responses each (about a sixth below the threshold of 3)
// and 0 to 4 published testimonies with one or two themes.
async Task<(int Places, int Published)> FillAsync(SiriusHost host)
{
    var random = new Random(2026);
    var themes = Enum.GetNames<ModerationTheme>();
    var now = DateTime.UtcNow;
    int places = 0, published = 0;
    foreach (var chunk in catalogue.Establishments.Chunk(1_000))
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
        foreach (var e in chunk)
        {
            var establishment = PublicEstablishment.Create(e.Siret);
            establishment.Update(e.Uai, e.Name, e.Address.Commune, (double)e.Latitude, (double)e.Longitude);
            db.Establishments.Add(establishment);
        }

        await ((DbContext)db).SaveChangesAsync();
    }

    foreach (var chunk in catalogue.Formations.Chunk(1_000))
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
        foreach (var f in chunk)
        {
            var formation = PublicFormation.Create(f.Key);
            formation.Update(f.Cfd, f.RncpCode, f.CertifInfoId, f.Title, f.DiplomaType.ToString(), f.Level, f.FormateurSiret, f.Place.Commune);
            formation.Locate(f.Place.CommuneCode, f.Place.DepartmentCode, f.Place.RegionCode, (double)f.Place.Latitude, (double)f.Place.Longitude);
            db.Formations.Add(formation);
            var responses = FormationResponses.Create(f.Key, f.Cfd, f.FormateurSiret);
            responses.Responses = random.Next(13);
            db.FormationResponses.Add(responses);
            places += responses.Responses >= 3 ? 1 : 0;
            for (var i = random.Next(5); i > 0; i--)
            {
                var verbatim = Verbatim.Receive(
                    Guid.NewGuid(), Guid.NewGuid(), f.Key, f.FormateurSiret, "cfa.conseil", "Que diriez-vous à un jeune ?", "Texte", "Texte", "[]", [],
                    themes.OrderBy(_ => random.Next()).Take(random.Next(1, 3)), now);
                verbatim.Decide(VerbatimStatus.Validated, null, now);
                db.Verbatims.Add(verbatim);
                published++;
            }
        }

        await ((DbContext)db).SaveChangesAsync();
    }

    return (places, published);
}

// The tallies as the handlers would have left them (the fills above write verbatims straight into the tables).
async Task RebuildTalliesAsync(SiriusHost host)
{
    await using var scope = host.Scope();
    if (!(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RebuildVerbatimTallies())).IsSuccess)
    {
        throw new InvalidOperationException("RebuildVerbatimTallies failed");
    }
}

async Task PublicReadsAsync(string database, SiriusHost host)
{
    const string Cfd = "32032611";
    var baseAddress = host.StartOnKestrel();
    var fill = Stopwatch.StartNew();
    var (places, responses, published) = await FillBusyFormationAsync(host, Cfd);
    await RebuildTalliesAsync(host);
    Console.Error.WriteLine($"{database}: CFD {Cfd}, {places} places, {responses} responses, {published} published testimonies, written in {fill.Elapsed.TotalSeconds:F0} s");

    var live = await Load.RunAsync(baseAddress, "/health/live", 8, TimeSpan.FromSeconds(10));
    Report(database, "/health/live", live, live);
    foreach (var path in new[] { $"/api/v1/formations/{Cfd}", $"/widget/formation/{Cfd}" })
    {
        Report(database, path, await Load.RunAsync(baseAddress, path, 8, TimeSpan.FromSeconds(10)), live);
    }

    // A change to the module's tables every second (a "useful" vote), as moderation and responses do in production:
    // each one moves the read-model version, so the next read computes the answer again.
    using var stop = new CancellationTokenSource();
    var writes = Task.Run(async () =>
    {
        var random = new Random(7);
        while (!stop.IsCancellationRequested)
        {
            await using (var scope = host.Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
                var verbatim = await db.Verbatims.OrderBy(v => v.Id).Skip(random.Next(published)).FirstAsync();
                verbatim.CountFeedback(useful: true);
                await ((DbContext)db).SaveChangesAsync();
            }

            await Task.Delay(1_000);
        }
    });
    Report(database, $"/api/v1/formations/{Cfd}, a change every second", await Load.RunAsync(baseAddress, $"/api/v1/formations/{Cfd}", 8, TimeSpan.FromSeconds(10)), live);
    await stop.CancelAsync();
    await writes;
}

void Report(string database, string path, Timings timings, Timings live) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {database} | {path} | {timings.Milliseconds.Length} | {timings.RequestsPerSecond:F0} | {Timings.Ms(timings.At(0.50))} | {Timings.Ms(timings.At(0.99))} | {timings.RequestsPerSecond / live.RequestsPerSecond:F2} |"));

// One CFD given at 235 places (48 responses each, 120 answer counts each) with 25,000 published testimonies (one in
// twenty a gem) and 2,500 more waiting for moderation, spread over the places.
async Task<(int Places, int Responses, int Published)> FillBusyFormationAsync(SiriusHost host, string cfd)
{
    const int Places = 235, Published = 25_000, Pending = 2_500;
    var random = new Random(2026);
    var themes = Enum.GetNames<ModerationTheme>();
    var now = DateTime.UtcNow;
    var keys = new List<(string Key, string Siret)>();
    await using (var scope = host.Scope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
        for (var i = 0; i < Places; i++)
        {
            var siret = (77_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            var key = $"{cfd}-{siret}";
            keys.Add((key, siret));
            var establishment = PublicEstablishment.Create(siret);
            establishment.Update(null, $"CFA {i}", "Lyon", 45.76, 4.84);
            db.Establishments.Add(establishment);
            var formation = PublicFormation.Create(key);
            formation.Update(cfd, "RNCP35000", "100000", "CAP Cuisine", "CAP", 3, siret, "Lyon");
            db.Formations.Add(formation);
            var responses = FormationResponses.Create(key, cfd, siret);
            responses.Responses = 48;
            db.FormationResponses.Add(responses);
            for (var q = 0; q < 30; q++)
            {
                foreach (var value in new[] { "tres-bien", "bien", "moyen", "pas-bien" })
                {
                    var count = AnswerCount.Create(key, $"question.{q / 3}", q % 3 == 0 ? "" : $"item.{q % 3}", value);
                    count.Count = random.Next(1, 20);
                    db.AnswerCounts.Add(count);
                }
            }
        }

        await ((DbContext)db).SaveChangesAsync();
    }

    for (var written = 0; written < Published + Pending; written += 2_500)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ITestimoniesDb>();
        for (var i = written; i < written + 2_500; i++)
        {
            var (key, siret) = keys[random.Next(keys.Count)];
            var verbatim = Verbatim.Receive(
                Guid.CreateVersion7(), Guid.NewGuid(), key, siret, "cfa.conseil", "Que diriez-vous à un jeune ?",
                "Les formateurs sont à l'écoute et l'ambiance est bonne.", "Les formateurs sont à l'écoute et l'ambiance est bonne.", "[]", [],
                themes.OrderBy(_ => random.Next()).Take(random.Next(1, 3)), now.AddDays(-random.Next(300)));
            if (i < Published)
            {
                verbatim.Decide(random.Next(20) == 0 ? VerbatimStatus.Gem : VerbatimStatus.Validated, null, now.AddDays(-random.Next(300)).AddSeconds(random.Next(86_400)));
            }

            db.Verbatims.Add(verbatim);
        }

        await ((DbContext)db).SaveChangesAsync();
    }

    return (Places, Places * 48, Published);
}
