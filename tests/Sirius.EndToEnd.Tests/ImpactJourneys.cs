using Microsoft.Playwright;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// A family reads a CFA's testimonies from /decouvrir and finds one useful, in Chromium on PostgreSQL and Kestrel; then
/// the CFA on its results page, a pilot on /pilotage and anyone on /statistiques see it counted. Every page checked.
/// </summary>
public sealed class ImpactJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    /// <summary>A person's browser: Playwright's own user agent says « HeadlessChrome », which the counting leaves out as a robot.</summary>
    private const string PersonsBrowser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private SiriusHost _host = null!;
    private Uri _site = null!;
    private string _siret = "";

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?> { ["Sirius:Impact:FlushInterval"] = "00:00:00.200" });
        _site = _host.StartOnKestrel();
        var key = await _host.PlaceAsync("de Villeurbanne", 45.7719, 4.8902, cfd: "50022141", title: "CAP Cuisine", responses: 12);
        _siret = key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..];
        await _host.NearbyIndexCaughtUpAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_reading_from_discovery_and_a_useful_vote_show_on_the_cfa_results_the_pilots_dashboard_and_the_public_statistics()
    {
        var family = await browser.NewPageAsync(new() { UserAgent = PersonsBrowser });
        await family.GotoAsync(Url("/decouvrir?commune=Lyon+%2869001%29&distance=10"));
        await family.GetByRole(AriaRole.Link, new() { Name = "CAP Cuisine" }).ClickAsync();
        await family.ArriveAtAsync("**/widget/formation/50022141?etablissement=*");
        await family.GetByRole(AriaRole.Button, new() { Name = "Oui", Exact = true }).First.ClickAsync();
        await family.ArriveAtAsync("**merci=**");

        await Eventually.HoldsAsync(async () => await _host.InDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .CountAsync(db.ImpactCounts)) == 3, "the impression, the testimonies shown and the click are written");

        (await _host.SendAsync(Commands.NewEstablishment(_siret, "CFA de Villeurbanne"))).IsSuccess.ShouldBeTrue();
        await _host.CfaStaffAsync("lea.martin@cfa-impact.fr", _siret);
        var cfa = await browser.SignedInPageAsync(_site, "lea.martin@cfa-impact.fr");
        await cfa.GotoAsync(Url("/espace/resultats"));
        (await CountersAsync(cfa, "section[aria-labelledby=lecture] li")).ShouldBe(
        [
            "10 lecture(s) de vos témoignages",
            "1 / 0 réponse(s) « utile » / « pas utile »",
            "1 affichage(s) de vos widgets",
            "1 ouverture(s) depuis la page Découvrir",
        ]);
        await Browser.CheckAsync(cfa, "impact-cfa-resultats");

        await _host.ObserverAsync("pilote@region-impact.fr", "national");
        var pilot = await browser.SignedInPageAsync(_site, "pilote@region-impact.fr");
        await pilot.GotoAsync(Url("/pilotage"));
        var france = pilot.Locator("#tableau-impact tr", new() { HasText = "France entière" });
        (await france.Locator("td").AllInnerTextsAsync()).ShouldBe(["1", "10", "1", "0", "1"]);
        await Browser.CheckAsync(pilot, "impact-pilotage");

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(Url("/statistiques"));
        (await CountersAsync(visitor, "section[aria-labelledby=impact-titre] .sirius-counters li")).ShouldBe(
        [
            "1 affichages du widget",
            "10 témoignages lus",
            "1 / 0 réponses « oui » / « non » à « Ce témoignage vous a-t-il été utile ? »",
            "1 formations ouvertes depuis la page Découvrir",
        ]);
        (await visitor.Locator("section[aria-labelledby=impact-titre] canvas").CountAsync()).ShouldBe(1);
        await Browser.CheckAsync(visitor, "impact-statistiques");
    }

    /// <summary>Each counter's figure and label, white space made single (the figure and its label are two paragraphs).</summary>
    private static async Task<List<string>> CountersAsync(IPage page, string selector) =>
        [.. (await page.Locator(selector).AllInnerTextsAsync()).Select(t => System.Text.RegularExpressions.Regex.Replace(t, "\\s+", " ").Trim())];

    private string Url(string path) => new Uri(_site, path).ToString();
}
