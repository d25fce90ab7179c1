// Measures the catalogue import at national scale (4,000 CFAs, 20,000 formations) on SQLite and on a
// PostgreSQL server started for the run: first import, then the same file again (nothing changes).
// Run: dotnet run -c Release --project bench/Sirius.Catalogue.Benchmark
using System.Diagnostics;
using System.Text;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Infrastructure;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Testing;

var started = Stopwatch.GetTimestamp();
var catalogue = CatalogueGenerator.Generate(CatalogueSize.National, seed: 2026);
var csv = new StringWriter();
CatalogueFile.Write(csv, catalogue);
var bytes = new UTF8Encoding(false).GetBytes(csv.ToString());
Console.WriteLine($"Generated {catalogue.Establishments.Count} establishments, {catalogue.Formations.Count} formations ({bytes.Length / 1024 / 1024.0:F1} MiB) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
Console.WriteLine();
Console.WriteLine("| database | run | lines | created | updated | unchanged | rejected | seconds | lines/s |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");

var sqliteDirectory = Path.Combine(Path.GetTempPath(), "sirius-bench-" + Guid.NewGuid().ToString("N")[..8]);
await RunAsync("SQLite", new() { ["Database:Provider"] = "Sqlite", ["Database:SqliteDirectory"] = sqliteDirectory });
Directory.Delete(sqliteDirectory, recursive: true);

var postgres = await PostgresServer.SharedAsync();
await RunAsync("PostgreSQL", new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync() });

async Task RunAsync(string name, Dictionary<string, string?> settings)
{
    settings["Outbox:AutoDispatch"] = "false";
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    await using var services = new ServiceCollection().AddLogging().AddSiriusPlatform(configuration).AddEstablishmentsModule(configuration).BuildServiceProvider();
    await services.GetRequiredService<ModuleMigrator>().MigrateAllAsync(default);
    foreach (var run in new[] { "first import", "same file again" })
    {
        await using var scope = services.CreateAsyncScope();
        await using var content = new MemoryStream(bytes);
        var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportCatalogue(content));
        Console.WriteLine($"| {name} | {run} | {report.Lines} | {report.Created} | {report.Updated} | {report.Unchanged} | {report.Rejections.Count} | {report.Seconds:F1} | {report.LinesPerSecond:F0} |");
    }
}
