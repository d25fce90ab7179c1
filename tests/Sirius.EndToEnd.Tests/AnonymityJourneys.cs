using Microsoft.Playwright;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// A CFA with a campaign of 2 responses and one of 3, and a pilot of its région, on a phone (360×740) and a desktop
/// (1280×800): below the anonymity threshold the results say why they are withheld and draw nothing; at it they draw
/// every chart. Screenshots under test-output/screenshots/seuil-*.
/// </summary>
public sealed class AnonymityJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string Notice = "Moins de 3 réponses\u202F: les résultats sont masqués pour protéger l’anonymat des apprentis.";
    private static readonly (string Name, int Width, int Height)[] Screens = [("360", 360, 740), ("1280", 1280, 800)];
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_CFA_and_a_pilot_see_figures_of_the_campaign_of_3_responses_and_why_those_of_the_campaign_of_2_are_withheld()
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync("cfa-seuil@cfa.fr", siret);
        var (few, enough) = (Events.NewFormation(siret, title: "Cuisine"), Events.NewFormation(siret, title: "Boulanger"));
        await _host.PublishAsync(few);
        await _host.PublishAsync(enough);
        var version = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await _host.SendAsync(new CreateCampaigns(cfa,
        [
            new NewCampaign(few.Key, "Cuisine 2026", today.AddDays(-1), today.AddDays(30), 0, version),
            new NewCampaign(enough.Key, "Boulanger 2026", today.AddDays(-1), today.AddDays(30), 0, version),
        ]))).IsSuccess.ShouldBeTrue();
        var campaigns = await _host.SendAsync(new ListCampaigns(cfa));
        var (two, three) = (campaigns.Single(c => c.Name == "Cuisine 2026"), campaigns.Single(c => c.Name == "Boulanger 2026"));
        foreach (var (campaign, responses) in new[] { (two, 2), (three, 3) })
        {
            for (var i = 0; i < responses; i++)
            {
                await _host.AnswerAsync(campaign.Token);
            }
        }

        var admin = await _host.AdministratorAsync();
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetStatistics(admin))).Counters.Responses == 5, "responses counted");
        await _host.ObserverAsync("pilote-seuil@region.fr", "region", few.RegionCode);
        var staff = await browser.SignedInPageAsync(_site, "cfa-seuil@cfa.fr");
        var pilot = await browser.SignedInPageAsync(_site, "pilote-seuil@region.fr");

        foreach (var (name, width, height) in Screens)
        {
            await staff.SetViewportSizeAsync(width, height);
            await pilot.SetViewportSizeAsync(width, height);

            await staff.GotoAsync(Url($"/espace/resultats?campagnes={two.Id}"));
            (await staff.Locator("#anonymat").InnerTextAsync()).ShouldBe(Notice);
            (await staff.Locator(".sirius-masked").CountAsync()).ShouldBeGreaterThan(5, "every question says why it is withheld");
            (await staff.Locator("canvas").CountAsync()).ShouldBe(0);
            (await staff.Locator(".sirius-counters").First.InnerTextAsync()).ShouldMatch(@"(^|\s)2\s+réponse\(s\)");
            await Browser.CheckAsync(staff, $"seuil-resultats-2-reponses-{name}");

            await staff.GotoAsync(Url($"/espace/resultats?campagnes={three.Id}"));
            await staff.Locator("canvas").First.WaitForAsync(new() { Timeout = 20_000 });
            (await staff.Locator("#anonymat").CountAsync()).ShouldBe(0);
            (await staff.Locator("main").InnerTextAsync()).ShouldContain("Comparaison – «\u202FEn quelle année de ta formation es-tu\u202F?\u202F»");
            await Browser.CheckAsync(staff, $"seuil-resultats-3-reponses-{name}");

            // The région has 5 responses: its figures are shown; of its two formations, the one with 2 responses hides
            // its free-text count and so does the other, or the total would give it away.
            await pilot.GotoAsync(Url("/pilotage"));
            await pilot.Locator("canvas").First.WaitForAsync(new() { Timeout = 20_000 });
            var formations = pilot.Locator("section[aria-labelledby=titre-formations]");
            (await formations.Locator(".sirius-masked").InnerTextAsync()).ShouldStartWith(Notice);
            (await formations.Locator("tbody").InnerTextAsync()).ShouldContain("—");
            (await pilot.Locator("section[aria-labelledby=titre-indicateurs] .sirius-masked").CountAsync()).ShouldBe(0);
            await Browser.CheckAsync(pilot, $"seuil-pilotage-{name}");
        }
    }

    private string Url(string path) => new Uri(_site, path).ToString();
}
