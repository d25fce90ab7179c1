using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Domain.Verbatims;
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
        var staff = await SignedInPageAsync((await _host.SendAsync(new GetAccount(await _host.AdministratorAsync(), cfa)))!.Email);

        await staff.GotoAsync(new Uri(_site, $"/espace/resultats?campagnes={campaign.Id}").ToString());
        await staff.Locator("canvas").First.WaitForAsync(new() { Timeout = 20_000 });
        await Browser.CheckAsync(staff, "resultats");

        // A summary first, then a table of contents whose links land on each question's section.
        (await staff.Locator("#en-bref").IsVisibleAsync()).ShouldBeTrue();
        (await staff.Locator("main section").First.InnerTextAsync()).ShouldContain("4 réponse(s), soit 100"); // the flagged one counts until discarded
        await staff.Locator("nav.fr-summary").GetByRole(AriaRole.Link, new() { Name = "Comment as-tu trouvé ton entreprise ?" }).ClickAsync();
        staff.Url.ShouldEndWith("#question-recherche-moyens");
        (await staff.Locator("#question-recherche-moyens").BoundingBoxAsync())!.Y.ShouldBeInRange(-1, 800);

        var download = await staff.RunAndWaitForDownloadAsync(() =>
            staff.GetByRole(AriaRole.Link, new() { Name = "Télécharger (Excel)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");

        await _host.AdministratorAsync("relecture@sirius.test");
        var admin = await SignedInPageAsync("relecture@sirius.test");
        await admin.GotoAsync(new Uri(_site, "/admin/reponses-signalees?motif=pot-de-miel").ToString());
        await Browser.CheckAsync(admin, "reponses-signalees");
        await admin.Locator("main table tbody input[type=checkbox]").First.CheckAsync(new() { Force = true });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Écarter les réponses cochées" }).ClickAsync();
        await admin.Locator("#ecarter").GetByText("Écarter 1 réponse(s)").WaitForAsync();
        (await _host.SendAsync(new Sirius.Questionnaires.Contracts.ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(4, "asking is not discarding");
        await Browser.CheckAsync(admin, "reponses-signalees-confirmation");
        await Browser.CheckFrenchTypographyAsync(admin, "reponses-signalees-confirmation");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Écarter définitivement" }).ClickAsync();
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
        var version = (await _host.SendAsync(new Questionnaires.Contracts.ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
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
            async () => (await _host.SendAsync(new Questionnaires.Contracts.GetStatistics(admin))).Counters.Responses == 3, "responses counted");
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

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task A_moderator_sees_alerts_first_cannot_publish_flagged_verbatims_in_bulk_and_publishes_one_with_a_reason(int width, int height)
    {
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await _host.PublishAsync(Feed.Formation(key, siret),
            Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")),
            Feed.Response(key, siret, ("cfa.conseil", "Je vais te défoncer si tu me reparles comme ça.")),
            Feed.Response(key, siret, ("cfa.conseil", "Le chef m'a menacé de rompre mon contrat si je parlais de mes horaires.")));
        var verbatims = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => new { v.Id, v.OriginalText }).ToListAsync());
        var threat = verbatims.Single(v => v.OriginalText.StartsWith("Je vais", StringComparison.Ordinal)).Id;
        var alert = verbatims.Single(v => v.OriginalText.StartsWith("Le chef", StringComparison.Ordinal)).Id;
        await _host.SendAsync(new EnsureAdministrator("camille.martin@sirius.test", "Camille", "Martin", Actors.Password));
        var page = await SignedInPageAsync("camille.martin@sirius.test");
        var errors = new List<string>();
        void Record(string error) => errors.Add(error);

        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(message.Text);
            }
        };
        page.PageError += (_, error) => Record(error);
        await page.SetViewportSizeAsync(width, height);
        var size = $"{width}x{height}";

        await page.GotoAsync(new Uri(_site, "/espace").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "1 alerte à traiter" }).ClickAsync();
        await page.ArriveAtAsync("**/admin/moderation?*signalement=Alert*");
        (await page.Locator("main h2").First.InnerTextAsync()).ShouldBe("À modérer\u202F: 1 verbatim(s)");

        await page.GotoAsync(new Uri(_site, $"/admin/moderation?siret={siret}").ToString());
        var first = page.Locator("main article").First;
        (await first.GetAttributeAsync("aria-labelledby")).ShouldBe($"v-{alert}");
        (await first.InnerTextAsync()).ShouldContain("Statut suggéré\u202F: Alerte");
        (await first.InnerTextAsync()).ShouldContain("Conduite à tenir face à une alerte");
        await Browser.CheckAsync(page, $"moderation-alerte-{size}");
        foreach (var verbatim in verbatims)
        {
            await page.Locator($"#coche-{verbatim.Id}").CheckAsync(new() { Force = true });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter les suggestions", Exact = true }).ClickAsync();
        var warning = page.Locator("#non-publies");
        await warning.WaitForAsync();
        var said = await warning.InnerTextAsync();
        said.ShouldContain("2 verbatims n’ont pas été publiés car ils portent un signalement grave");
        said.ShouldContain("Publiez-les un par un si vous êtes sûr.");
        (await page.Locator("main h2").First.InnerTextAsync()).ShouldBe("À modérer\u202F: 2 verbatim(s)");
        await Browser.CheckAsync(page, $"moderation-non-publies-{size}");

        var item = page.Locator($"article:has(#statut-{threat})");
        await page.Locator($"#statut-{threat}").SelectOptionAsync("publie");
        await item.GetByRole(AriaRole.Button, new() { Name = "Appliquer le statut" }).ClickAsync();
        await page.Locator($"#confirmation-{threat}-error").WaitForAsync();
        (await page.Locator($"#confirmation-{threat}-error").InnerTextAsync()).ShouldContain("confirmez en indiquant le motif");
        await Browser.CheckAsync(page, $"moderation-confirmation-{size}");
        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).Status.ShouldBe(VerbatimStatus.Pending);

        await page.Locator($"#statut-{threat}").SelectOptionAsync("publie");
        await page.Locator($"#confirmation-{threat}").FillAsync("Expression imagée, personne n’est visé.");
        await page.Locator($"article:has(#statut-{threat})").GetByRole(AriaRole.Button, new() { Name = "Appliquer le statut" }).ClickAsync();
        await page.GetByText("Statut enregistré.").WaitForAsync();
        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).IsPublished.ShouldBeTrue();
        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == alert))).Status.ShouldBe(VerbatimStatus.Pending);

        await page.GotoAsync(new Uri(_site, $"/admin/moderation?verbatim={threat}").ToString());
        await page.Locator("summary", new() { HasText = "Historique" }).ClickAsync();
        (await page.Locator("main details").InnerTextAsync()).ShouldContain("Publié malgré le signalement «\u202FMenace\u202F» par Camille Martin\u202F: motif «\u202FExpression imagée, personne n’est visé.\u202F»");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_administrator_invites_a_regional_pilot_from_the_users_page_and_territories_read_as_names()
    {
        await _host.EstablishmentAsync();
        await _host.AdministratorAsync("admin-invite@sirius.test");
        var page = await SignedInPageAsync("admin-invite@sirius.test");

        await page.GotoAsync(new Uri(_site, "/admin/utilisateurs").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Inviter un observateur" }).ClickAsync();
        await page.ArriveAtAsync("**/admin/utilisateurs/inviter");
        await Browser.CheckAsync(page, "admin-inviter-observateur");
        await page.Locator("#Input-FirstName").FillAsync("Inès");
        await page.Locator("#Input-LastName").FillAsync("Roux");
        await page.Locator("#Input-Email").FillAsync("ines.roux@region.fr");
        await page.Locator("#Input-Scope").SelectOptionAsync(new SelectOptionValue { Label = "Région Auvergne-Rhône-Alpes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte et envoyer l’invitation" }).ClickAsync();
        await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex("/admin/utilisateurs/[0-9a-f-]{36}$"));
        var account = await page.Locator("main").InnerTextAsync();
        account.ShouldContain("une invitation est envoyée à ines.roux@region.fr");
        account.ShouldContain("Région Auvergne-Rhône-Alpes");
        await Browser.CheckAsync(page, "admin-observateur-invite");

        await page.GotoAsync(new Uri(_site, "/admin/etablissements/suivi").ToString());
        var regions = await page.Locator("#region option").AllInnerTextsAsync();
        regions.ShouldNotBeEmpty();
        regions.Skip(1).ShouldAllBe(r => !r.Any(char.IsDigit), "régions by name, not by INSEE code");
        await Browser.CheckAsync(page, "admin-suivi-regions");

        await _host.ObserverAsync("pilote-noms@region.fr", "region", "84");
        var pilot = await SignedInPageAsync("pilote-noms@region.fr");
        await pilot.GotoAsync(new Uri(_site, "/pilotage").ToString());
        (await pilot.Locator("main .fr-text--lead").InnerTextAsync()).ShouldContain("Région Auvergne-Rhône-Alpes");
        await Browser.CheckAsync(pilot, "pilotage-region-par-nom");
    }

    private Task<IPage> SignedInPageAsync(string email) => browser.SignedInPageAsync(_site, email);
}
