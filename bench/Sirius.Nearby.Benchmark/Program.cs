// Measures GET /api/v1/formations/nearby at national scale: the generated national catalogue (4,000 CFAs,
// 20,000 formation places) in the Testimonies read models with responses and published testimonies, then random
// searches around real places (radius 10 to 100 km, a third with a level filter), in process through the mediator
// and over HTTP on Kestrel, on SQLite and on a PostgreSQL server started for the run.
// Run: dotnet run -c Release --project bench/Sirius.Nearby.Benchmark
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
using Sirius.Testing;

const int Queries = 2_000;
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "Sirius.sln")))
{
    root = root.Parent ?? throw new InvalidOperationException("Sirius.sln not found");
}

// The host's content root, which WebApplicationFactory finds by itself only from a test project.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SIRIUS_HOST", Path.Combine(root.FullName, "src", "Host", "Sirius.Host"));
var catalogue = CatalogueGenerator.Generate(CatalogueSize.National, seed: 2026);
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

async Task RunAsync(string database, SiriusHost host)
{
    var baseAddress = host.StartOnKestrel();
    var (places, published) = await FillAsync(host);
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
