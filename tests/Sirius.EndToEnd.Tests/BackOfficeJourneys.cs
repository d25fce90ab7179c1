using Microsoft.Playwright;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>The back-office pages of CFA staff and administrators in Chromium, each checked with axe.</summary>
public sealed class BackOfficeJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CFA_staff_creates_campaigns_in_bulk_and_sees_them_in_the_table()
    {
        var siret = await _host.EstablishmentAsync();
        await _host.PublishAsync(Events.NewFormation(siret, title: "Cuisine"));
        await _host.PublishAsync(Events.NewFormation(siret, title: "Boulanger"));
        await _host.CfaStaffAsync("cfa@cfa.fr", siret);
        var page = await SignedInPageAsync("cfa@cfa.fr");

        await page.GotoAsync(new Uri(_site, "/espace/campagnes/nouvelles").ToString());
        await page.Locator("#ligne-1-titre").WaitForAsync(new() { Timeout = 20_000 });
        await Browser.CheckAsync(page, "campagnes-nouvelles");
        foreach (var choice in await page.Locator("table tbody input[type=checkbox]").AllAsync())
        {
            await choice.CheckAsync(new() { Force = true });
        }

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Créer") }).First.ClickAsync();
        await page.ArriveAtAsync("**/espace/campagnes**");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Boulanger");
        await Browser.CheckAsync(page, "campagnes");

        await page.Locator("table tbody input[form=kit]").First.CheckAsync(new() { Force = true });
        var kit = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("kit de partage") }).ClickAsync());
        kit.SuggestedFilename.ShouldStartWith("kit-partage-");
        kit.SuggestedFilename.ShouldEndWith(".pdf");
    }

    [Fact]
    public async Task An_administrator_creates_edits_and_validates_a_questionnaire_version()
    {
        await _host.AdministratorAsync("admin@sirius.test");
        var page = await SignedInPageAsync("admin@sirius.test");

        await page.GotoAsync(new Uri(_site, "/admin/questionnaires").ToString());
        await Browser.CheckAsync(page, "admin-questionnaires");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer une version (copie de la dernière)" }).ClickAsync();
        await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex("/admin/questionnaires/[0-9a-f-]{36}$"));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Brouillon");

        // A draft keeps any text; validating a broken one is refused with the reason.
        var definition = page.GetByLabel("Texte du questionnaire");
        var json = await definition.InputValueAsync();
        json.ShouldContain("\"Toi et ta formation\"");
        await definition.FillAsync("{ \"categories\": [");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await page.GetByText("Brouillon enregistré.").WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Le texte contient") }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider la version" }).ClickAsync();
        await page.Locator(".fr-alert--error").WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Brouillon");
        await Browser.CheckAsync(page, "admin-questionnaire-version-refused");

        await definition.FillAsync(json.Replace("\"Toi et ta formation\"", "\"Toi et ta formation en alternance\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await page.GetByText("Brouillon enregistré.").WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = "Toi et ta formation en alternance" }).WaitForAsync();
        await Browser.CheckAsync(page, "admin-questionnaire-version");

        await page.GetByRole(AriaRole.Button, new() { Name = "Valider la version" }).ClickAsync();
        await page.GetByText("Version validée : les campagnes peuvent l’utiliser.").WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Validée");
        (await page.Locator("pre").InnerTextAsync()).ShouldContain("Toi et ta formation en alternance");
    }

    [Fact]
    public async Task CFA_staff_reads_and_exports_results_and_an_administrator_discards_a_flagged_response()
    {
        // Three responses (the anonymity threshold) besides the flagged one: the results show their charts.
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        await _host.AnswerAsync(campaign.Token, honeypot: true);
        var staff = await SignedInPageAsync((await _host.SendAsync(new GetAccount(cfa)))!.Email);

        await staff.GotoAsync(new Uri(_site, $"/espace/resultats?campagnes={campaign.Id}").ToString());
        await staff.Locator("canvas").First.WaitForAsync(new() { Timeout = 20_000 });
        await Browser.CheckAsync(staff, "resultats");
        var download = await staff.RunAndWaitForDownloadAsync(() =>
            staff.GetByRole(AriaRole.Link, new() { Name = "Télécharger (XLSX)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");

        await _host.AdministratorAsync("relecture@sirius.test");
        var admin = await SignedInPageAsync("relecture@sirius.test");
        await admin.GotoAsync(new Uri(_site, "/admin/reponses-signalees?motif=pot-de-miel").ToString());
        await Browser.CheckAsync(admin, "reponses-signalees");
        await admin.Locator("main table tbody input[type=checkbox]").First.CheckAsync(new() { Force = true });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Écarter les réponses cochées" }).ClickAsync();
        await admin.GetByText("1 réponse(s) écartée(s)").WaitForAsync();
        (await _host.SendAsync(new Sirius.Questionnaires.Contracts.ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(3);
    }

    [Fact]
    public async Task A_regional_pilot_reads_the_dashboard_with_its_charts_and_tables()
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync("cfa-pilotage@cfa.fr", siret);
        var formation = Events.NewFormation(siret, title: "Cuisine");
        await _host.PublishAsync(formation);
        var version = (await _host.SendAsync(new Questionnaires.Contracts.ListUsableVersions()))[0].Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _host.SendAsync(new Questionnaires.Contracts.CreateCampaigns(cfa, [new Questionnaires.Contracts.NewCampaign(
            formation.Key, "Cuisine 2026", today.AddDays(-1), today.AddDays(30), 20, version)]));
        var token = (await _host.SendAsync(new Questionnaires.Contracts.ListCampaigns(cfa))).Single().Token;
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(token);
        }

        await _host.ObserverAsync("pilote@region.fr", "region", formation.RegionCode);
        var admin = await _host.AdministratorAsync();
        await Eventually.HoldsAsync(
            async () => (await _host.SendAsync(new Questionnaires.Contracts.GetStatistics(admin)))!.Counters.Responses == 3, "responses counted");
        var page = await SignedInPageAsync("pilote@region.fr");

        await page.GotoAsync(new Uri(_site, "/pilotage").ToString());
        await page.Locator("canvas").First.WaitForAsync(new() { Timeout = 20_000 });
        (await page.Locator("main").InnerTextAsync()).ShouldContain(siret);
        await Browser.CheckAsync(page, "pilotage");
        var export = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Exporter « Répartition par établissement (SIRET) » en CSV" }).ClickAsync());
        export.SuggestedFilename.ShouldBe("pilotage-etablissements.csv");
        var lines = (await File.ReadAllTextAsync(await export.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(';').ShouldBe(["SIRET", "Établissements", "Campagnes", "Réponses", "Places", "Réponses avec texte libre"]);
        var row = lines.Single(l => l.StartsWith(siret + ";", StringComparison.Ordinal)).Split(';');
        (row[1], row[2], row[3], row[4]).ShouldBe(("1", "1", "3", "20"));

        await _host.AdministratorAsync("suivi@sirius.test");
        var follow = await SignedInPageAsync("suivi@sirius.test");
        await follow.GotoAsync(new Uri(_site, "/admin/etablissements/suivi?reponses=avec").ToString());
        (await follow.Locator("main table").InnerTextAsync()).ShouldContain(siret);
        await Browser.CheckAsync(follow, "suivi-etablissements");
    }

    private Task<IPage> SignedInPageAsync(string email) => browser.SignedInPageAsync(_site, email);
}
