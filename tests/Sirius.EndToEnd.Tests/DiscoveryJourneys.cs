using Microsoft.Playwright;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>A family searches formations near a commune in Chromium and opens one; every page checked with axe.</summary>
public sealed class DiscoveryJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
        await _host.PlaceAsync("de Villeurbanne", 45.7719, 4.8902, cfd: "50022141", title: "CAP Cuisine");
        await _host.NearbyIndexCaughtUpAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_family_types_a_commune_picks_a_suggestion_and_opens_a_formation_nearby()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(new Uri(_site, "/decouvrir").ToString());
        await Browser.CheckAsync(page, "decouvrir");

        await page.Locator("#commune").PressSequentiallyAsync("Lyo", new() { Delay = 50 });
        await page.Locator("#communes-suggestions option[value='Lyon (69001)']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.Locator("#commune").FillAsync("Lyon (69001)");
        await page.GetByLabel("Distance maximale").SelectOptionAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.ArriveAtAsync("**/decouvrir?**");

        (await page.Locator("#resultats-titre").InnerTextAsync()).ShouldBe("1 formation à moins de 10 km de Lyon");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("à 4,3 km");
        await Browser.CheckAsync(page, "decouvrir-resultats");

        await page.GetByRole(AriaRole.Link, new() { Name = "CAP Cuisine" }).ClickAsync();
        await page.ArriveAtAsync("**/widget/formation/50022141?etablissement=*");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("CFA de Villeurbanne");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Mon tuteur m");
        await Browser.CheckAsync(page, "decouvrir-temoignages");

        await page.GetByRole(AriaRole.Link, new() { Name = "Retour aux résultats de la recherche" }).ClickAsync();
        await page.ArriveAtAsync("**/decouvrir?**");
        (await page.Locator("#resultats-titre").InnerTextAsync()).ShouldBe("1 formation à moins de 10 km de Lyon");
    }
}
