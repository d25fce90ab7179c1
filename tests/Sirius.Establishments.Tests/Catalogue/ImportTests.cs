using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Establishments.Tests.ReferenceData;
using Sirius.Questionnaires.Application;
using Sirius.Testing;

namespace Sirius.Establishments.Tests.Catalogue;

/// <summary>The catalogue import on a real PostgreSQL database, with a small generated catalogue.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private ReferenceCatalogue _catalogue = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        var pilot = Samples.Pilot;
        var establishments = pilot.Establishments.Take(40).Select(e => e.Siret).ToHashSet();
        var formations = pilot.Formations.Where(f => establishments.Contains(f.FormateurSiret) && establishments.Contains(f.GestionnaireSiret)).ToList();
        _catalogue = new ReferenceCatalogue(pilot.Establishments.Where(e => establishments.Contains(e.Siret)).ToList(), formations);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_catalogue_creates_its_establishments_and_formations_and_tells_the_other_modules()
    {
        var report = await ImportAsync(Samples.ToCsv(_catalogue));

        report.Lines.ShouldBe(_catalogue.Formations.Count);
        report.Created.ShouldBe(_catalogue.Formations.Count);
        report.Rejections.ShouldBeEmpty();
        (await CountAsync(db => db.Formations)).ShouldBe(_catalogue.Formations.Count);
        (await CountAsync(db => db.Establishments)).ShouldBe(_catalogue.Establishments.Count);
        await Eventually.HoldsAsync(
            async () => await QuestionnairesKnowAsync() == _catalogue.Establishments.Count,
            "Questionnaires records every imported establishment");
        await Eventually.HoldsAsync(
            async () => (await AcademiesInQuestionnairesAsync()).Count == _catalogue.Formations.Count,
            "Questionnaires records every formation's académie");
        var academies = await AcademiesInQuestionnairesAsync();
        academies.ShouldAllBe(f => f.Value == Territories.FindDepartment(f.Key.Department)!.AcademyCode);
    }

    /// <summary>The département and académie Questionnaires keeps for each formation it knows with an académie.</summary>
    private async Task<Dictionary<(string Key, string Department), string>> AcademiesInQuestionnairesAsync()
    {
        await using var scope = _host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Formations
            .Where(f => f.AcademyCode != "")
            .ToDictionaryAsync(f => (f.Key, f.DepartmentCode), f => f.AcademyCode);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_publishes_nothing()
    {
        var csv = Samples.ToCsv(_catalogue);
        await ImportAsync(csv);
        var events = await CountAsync(db => db.OutboxMessagesOf());

        var again = await ImportAsync(csv);

        again.Created.ShouldBe(0);
        again.Updated.ShouldBe(0);
        again.Unchanged.ShouldBe(_catalogue.Formations.Count);
        (await CountAsync(db => db.OutboxMessagesOf())).ShouldBe(events);
    }

    [Fact]
    public async Task An_uploaded_file_is_imported_for_an_administrator_and_refused_to_anyone_else()
    {
        var csv = Encoding.UTF8.GetBytes(Samples.ToCsv(_catalogue));
        await using (var content = new MemoryStream(csv))
        {
            (await _host.SendAsync(new UploadCatalogue(await _host.AdministratorAsync(), content))).Created.ShouldBe(_catalogue.Formations.Count);
        }

        await using var refused = new MemoryStream(csv);
        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new UploadCatalogue(Guid.NewGuid(), refused))))
            .Error.Kind.ShouldBe(ErrorKind.Forbidden);
    }

    [Fact]
    public async Task A_changed_formation_is_updated_and_bad_lines_are_reported_and_skipped_whole()
    {
        await ImportAsync(Samples.ToCsv(_catalogue));
        var changed = _catalogue.Formations[0] with { Title = "CAP Cuisine (nouvel intitulé)" };
        var lines = Samples.ToCsv(_catalogue with { Formations = [changed, .. _catalogue.Formations.Skip(1)] })
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var badSiret = lines[2].Replace(_catalogue.Formations[1].FormateurSiret, _catalogue.Formations[1].FormateurSiret[..13] + "9", StringComparison.Ordinal);
        var victim = _catalogue.Formations[1];
        await RemoveFormationAsync(victim.Key);
        lines[2] = badSiret;
        lines.Add("trop;peu;de;colonnes");

        var report = await ImportAsync(string.Join('\n', lines));

        report.Updated.ShouldBe(1);
        report.Rejections.Select(r => r.Line).ShouldBe([3, lines.Count]);
        report.Rejections[0].Reason.ShouldContain("SIRET invalide");
        report.Rejections[1].Reason.ShouldContain("colonnes");
        (await TitleAsync(changed.Key)).ShouldBe("CAP Cuisine (nouvel intitulé)");
        (await TitleAsync(victim.Key)).ShouldBeNull("a rejected line imports nothing");
    }

    [Fact]
    public async Task The_scheduled_job_imports_the_file_dropped_at_the_configured_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "catalogue-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, Samples.ToCsv(_catalogue));
        await using var host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?>
        {
            ["Catalogue:ImportPath"] = path,
            ["Catalogue:ImportSchedule"] = "0/2 * * * * ?",
        });

        await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = host.Scope();
                return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Formations.CountAsync() == _catalogue.Formations.Count;
            },
            "the job imported every formation",
            TimeSpan.FromSeconds(30));
        File.Delete(path);
    }

    [Fact]
    public async Task The_demo_catalogue_loads_the_pilot_regions_once()
    {
        await using var host = SiriusHost.OnSqlite();

        var report = await host.SendAsync(new SeedDemoCatalogue());
        var second = await host.SendAsync(new SeedDemoCatalogue());

        report!.Rejections.ShouldBeEmpty();
        report.Created.ShouldBeGreaterThanOrEqualTo(1500);
        second.ShouldBeNull();
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>();
        (await db.Establishments.CountAsync()).ShouldBeGreaterThanOrEqualTo(300);
        (await db.Establishments.Select(e => e.Address.RegionCode).Distinct().ToListAsync()).Order().ShouldBe(["84", "93"]);
    }

    private async Task<CatalogueImportReport> ImportAsync(string csv)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await _host.SendAsync(new ImportCatalogue(content));
    }

    private async Task<int> CountAsync<T>(Func<IEstablishmentsDb, IQueryable<T>> set)
    {
        await using var scope = _host.Scope();
        return await set(scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>()).CountAsync();
    }

    private async Task<int> QuestionnairesKnowAsync()
    {
        await using var scope = _host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Establishments.CountAsync();
    }

    private async Task<string?> TitleAsync(string key)
    {
        await using var scope = _host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Formations
            .Where(f => f.Key == key).Select(f => f.Facts.Title).FirstOrDefaultAsync();
    }

    private async Task RemoveFormationAsync(string key)
    {
        await using var scope = _host.Scope();
        await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Formations.Where(f => f.Key == key).ExecuteDeleteAsync();
    }
}

internal static class OutboxQueries
{
    public static IQueryable<BuildingBlocks.Infrastructure.Messaging.OutboxMessage> OutboxMessagesOf(this IEstablishmentsDb db) =>
        ((BuildingBlocks.Infrastructure.Database.ModuleDbContext)db).OutboxMessages;
}
