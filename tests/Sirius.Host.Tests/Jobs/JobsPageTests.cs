using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests.Jobs;

/// <summary>The admin jobs page on PostgreSQL, driving the real catalogue import job (a national file of 20,000 lines).</summary>
public sealed partial class JobsPageTests : IAsyncLifetime
{
    private const string Admin = "taches@sirius.test";
    private const string ImportJob = "catalogue-import";
    private const string Dispatch = "Distribution des événements entre modules";
    private readonly string _catalogue = Path.Combine(Path.GetTempPath(), "sirius-catalogue-" + Guid.NewGuid().ToString("N")[..12] + ".csv");
    private readonly ManualResetEventSlim _importMayGoOn = new(initialState: true);
    private SiriusHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync(
            new Dictionary<string, string?>
            {
                ["Catalogue:ImportPath"] = _catalogue,
                ["Catalogue:ImportSchedule"] = "0 0 3 * * ?",
            },
            services => services.Decorate<IJobProgress>(inner => new HeldProgress(inner, _importMayGoOn)));
        await _host.AdministratorAsync(Admin);
    }

    public async Task DisposeAsync()
    {
        _importMayGoOn.Set();
        await _host.DisposeAsync();
        File.Delete(_catalogue);
        _importMayGoOn.Dispose();
    }

    [Fact]
    public async Task The_page_lists_every_job_with_its_schedule_and_next_run()
    {
        WriteCatalogue(CatalogueSize.Pilot);
        var admin = await _host.SignedInAsync(Admin);

        var page = await admin.GetStringAsync("/admin/taches");

        page.ShouldContain("Import du catalogue des formations");
        page.ShouldContain("Chaque jour à 3 h (heure du serveur)");
        page.ShouldContain("Distribution des événements entre modules");
        page.ShouldContain("Toutes les 5 secondes");
        page.ShouldContain("Chaque dimanche à 4 h 30 (heure du serveur)");
        page.ShouldContain("Toutes les minutes");
        page.ShouldNotContain("* *", customMessage: "no raw cron expression");
        page.ShouldContain("Jamais exécutée");
        NextRunOfImport(page).ShouldNotBe("—");
    }

    [Fact]
    public async Task The_history_leaves_out_the_routine_successes_of_the_frequent_jobs()
    {
        var admin = await _host.SignedInAsync(Admin);
        await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = _host.Scope();
                var runs = await scope.ServiceProvider.GetRequiredService<JobBoard>().HistoryAsync(500, CancellationToken.None);
                return runs.Count(r => r.JobTitle == Dispatch && r.Outcome == JobOutcomes.Succeeded) >= 2;
            },
            "the event dispatch ran on its 5-second schedule",
            TimeSpan.FromSeconds(60));

        var page = await admin.GetStringAsync("/admin/taches");

        page.ShouldContain($"<th scope=\"row\">{Dispatch}</th>", customMessage: "its last run stays in the job list");
        page.ShouldNotContain($"<td>{Dispatch}</td>", customMessage: "its routine successes are not in the history");
    }

    [Theory]
    [InlineData("0 * * * * ?", "Toutes les minutes")]
    [InlineData("0 0 * * * ?", "Toutes les heures, à l’heure pile")]
    [InlineData("0 0/15 * * * ?", "Toutes les 15 minutes")]
    [InlineData("0 0 9 * * ?", "Chaque jour à 9 h (heure du serveur)")]
    [InlineData("0 5 3 ? * MON", "Chaque lundi à 3 h 05 (heure du serveur)")]
    [InlineData("0 0 6 1 * ?", "Le 1er de chaque mois à 6 h (heure du serveur)")]
    [InlineData("0 0 0 1 1 ? 2099", "Aucune exécution planifiée (lancement manuel seulement)")]
    public void A_schedule_reads_as_French_words(string cron, string words) => ScheduleText.Cron(cron).ShouldBe(words);

    [Fact]
    public void A_running_job_shows_how_long_it_has_run()
    {
        var start = new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
        Pages.Admin.TachesModel.Elapsed(start, start.AddSeconds(12)).ShouldBe("12 s");
        Pages.Admin.TachesModel.Elapsed(start, start.AddSeconds(125)).ShouldBe("2 min 05 s");
        Pages.Admin.TachesModel.Elapsed(start, start.AddMinutes(63)).ShouldBe("1 h 03 min");
    }

    [Fact]
    public async Task Run_now_imports_the_catalogue_and_the_history_shows_the_manual_run_with_its_counts()
    {
        WriteCatalogue(CatalogueSize.Pilot);
        var admin = await _host.SignedInAsync(Admin);

        var launched = await admin.SubmitAsync("/admin/taches", Import(), postUrl: "/admin/taches?handler=Lancer");
        launched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/taches")).ShouldContain("La tâche a été lancée.");

        var run = await WaitForLastImportAsync(r => r.Outcome != JobOutcomes.Running);
        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(CatalogueGenerator.FormationCount(CatalogueSize.Pilot));
        run.ItemsDone.ShouldBe(run.ItemsTotal);
        run.Manual.ShouldBeTrue();
        var page = await admin.GetStringAsync("/admin/taches");
        page.ShouldContain("réussie");
        page.ShouldContain("<td>manuel</td>");
        page.ShouldContain($"<td>{run.ItemsDone} / {run.ItemsTotal}</td>");
    }

    [Fact]
    public async Task A_cancelled_import_stops_at_its_next_chunk_and_is_shown_as_cancelled()
    {
        WriteCatalogue(CatalogueSize.National);
        var admin = await _host.SignedInAsync(Admin);
        _importMayGoOn.Reset();
        await admin.SubmitAsync("/admin/taches", Import(), postUrl: "/admin/taches?handler=Lancer");

        await Eventually.HoldsAsync(
            async () => await RunningImportAsync() is { ItemsDone: > 0 },
            "the import reports progress",
            TimeSpan.FromSeconds(120));
        var page = await admin.GetStringAsync("/admin/taches");
        page.ShouldContain("éléments traités");
        page.ShouldContain("En cours depuis");
        // The import's own row: another job (the event dispatch, every 5 s) may be running with its own cancel button.
        var execution = CancelButton().Match(ImportRow(page));
        execution.Success.ShouldBeTrue("a cancel button for the running import");
        var confirmation = await admin.GetStringAsync($"/admin/taches?annuler={execution.Groups[1].Value}");
        confirmation.ShouldContain("Annuler «\u202FImport du catalogue des formations\u202F»\u202F?");
        confirmation.ShouldContain($"name=\"execution\" value=\"{execution.Groups[1].Value}\"");
        (await RunningImportAsync())!.CancelRequested.ShouldBeFalse("asking is not cancelling");

        var cancelled = await admin.SubmitAsync(
            "/admin/taches", new Dictionary<string, string> { ["execution"] = execution.Groups[1].Value }, postUrl: "/admin/taches?handler=Annuler");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _importMayGoOn.Set();

        var run = await WaitForLastImportAsync(r => r.Outcome != JobOutcomes.Running);
        run.Outcome.ShouldBe(JobOutcomes.Cancelled);
        run.Id.ShouldBe(Guid.Parse(execution.Groups[1].Value));
        run.ItemsTotal.ShouldBe(CatalogueGenerator.FormationCount(CatalogueSize.National));
        run.ItemsDone.ShouldNotBeNull().ShouldBeLessThan(run.ItemsTotal!.Value);
        (await admin.GetStringAsync("/admin/taches")).ShouldContain("annulée");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_host_whose_clock_is_moved_by_hand_runs_only_the_jobs_asked_for_when_manual_only(bool manualOnly)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = SiriusHost.OnSqlite(
            new Dictionary<string, string?> { ["Scheduler:ManualOnly"] = manualOnly.ToString() },
            services => services.AddSingleton<TimeProvider>(clock));
        await using (host.Scope())
        {
            clock.Advance(TimeSpan.FromDays(8));
        }

        // A manual run wakes the scheduler, which then fires what is due by the clock just moved (the weekly rebuild).
        await host.RunJobAsync("questionnaires", "roster-invitations");
        await Task.Delay(TimeSpan.FromSeconds(3));

        await using var scope = host.Scope();
        var ran = (await scope.ServiceProvider.GetRequiredService<JobBoard>().HistoryAsync(50, CancellationToken.None)).Select(r => r.JobName).ToList();
        ran.ShouldContain("roster-invitations");
        ran.Contains("questionnaires-statistics-rebuild").ShouldBe(!manualOnly, "the weekly rebuild fired on its schedule");
    }

    [Fact]
    public async Task Only_administrators_reach_the_page_and_its_forms_need_the_anti_forgery_token()
    {
        var visitor = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await visitor.BrowseAsync("/admin/taches")).Headers.Location!.ToString().ShouldContain("/connexion");

        await _host.CfaStaffAsync("cfa-taches@sirius.test", await _host.EstablishmentAsync());
        var staff = await _host.SignedInAsync("cfa-taches@sirius.test");
        (await staff.BrowseAsync("/admin/taches")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);

        var admin = await _host.SignedInAsync(Admin);
        (await admin.PostWithoutTokenAsync("/admin/taches?handler=Lancer", Import())).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private void WriteCatalogue(CatalogueSize size)
    {
        using var writer = new StreamWriter(_catalogue, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        CatalogueFile.Write(writer, CatalogueGenerator.Generate(size, 2026));
    }

    private static Dictionary<string, string> Import() => new() { ["groupe"] = "establishments", ["nom"] = ImportJob };

    private async Task<JobRunView?> RunningImportAsync() => (await ImportAsync()).Running;

    private async Task<JobView> ImportAsync()
    {
        await using var scope = _host.Scope();
        var jobs = await scope.ServiceProvider.GetRequiredService<JobBoard>().ListAsync(CancellationToken.None);
        return jobs.Single(j => j.Name == ImportJob);
    }

    private async Task<JobRunView> WaitForLastImportAsync(Func<JobRunView, bool> condition)
    {
        JobRunView? last = null;
        await Eventually.HoldsAsync(
            async () => (last = (await ImportAsync()).LastRun) is { } run && condition(run) && (await ImportAsync()).Running is null,
            "the import run ends",
            // A national chunk under a full parallel test run on 2 cores has taken more than two minutes.
            TimeSpan.FromSeconds(300));
        return last!;
    }

    private static string NextRunOfImport(string page) => NextRunCell().Match(ImportRow(page)).Groups[1].Value;

    private static string ImportRow(string page)
    {
        var row = page[page.IndexOf("Import du catalogue des formations", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    /// <summary>
    /// Holds a job after its first reported progress until the test lets it go on: a national import on an idle machine
    /// can otherwise pass its last chunk between the progress being seen and the cancel arriving.
    /// </summary>
    private sealed class HeldProgress(IJobProgress inner, ManualResetEventSlim mayGoOn) : IJobProgress
    {
        public void SetTotal(int total) => inner.SetTotal(total);

        public void Report(int done)
        {
            inner.Report(done);
            mayGoOn.Wait(TimeSpan.FromMinutes(5));
        }
    }

    [GeneratedRegex("/admin/taches\\?annuler=([0-9a-f-]{36})#annulation")]
    private static partial Regex CancelButton();

    [GeneratedRegex("</td>\\s*<td>([^<]*)</td>\\s*<td>\\s*<span>Non</span>")]
    private static partial Regex NextRunCell();
}
