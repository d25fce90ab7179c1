using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// A journalist or a family reads /statistiques on a phone (360×740) and a desktop (1280×800): totals, the monthly
/// chart and its table, régions and levels by name, themes and moderation, small groups withheld. Screenshots under
/// test-output/screenshots/statistiques-*.
/// </summary>
public sealed class PublicStatisticsJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
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
    public async Task A_reader_sees_the_figures_over_time_by_region_level_and_theme_with_small_groups_withheld()
    {
        string[] texts =
        [
            "Les formateurs sont à l'écoute et l'atelier est bien équipé.", "Le rythme entre l'entreprise et l'école est intense.",
            "Mon tuteur m'apprend le métier chaque jour, l'ambiance est bonne.", "Les cours sont clairs et les formateurs disponibles.",
        ];
        // Before any response: every section says there is nothing yet, and nothing is drawn.
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_site, "/statistiques").ToString());
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Aucune réponse sur les 24 derniers mois.");
        (await page.Locator("svg[role=img]").CountAsync()).ShouldBe(0);
        await Browser.CheckAsync(page, "statistiques-vide");

        var now = DateTime.UtcNow;
        var events = new List<Sirius.BuildingBlocks.IIntegrationEvent>();
        // Over fourteen months, in three régions and three levels; Bretagne (53) has a single response.
        foreach (var (region, level, months, perMonth) in new[] { ("84", 3, 14, 5), ("11", 4, 9, 4), ("53", 5, 1, 1) })
        {
            var siret = Identifiers.NewSiret();
            var key = "f-" + siret;
            events.Add(Feed.Formation(key, siret, level: level));
            for (var month = 0; month < months; month++)
            {
                var campaign = Guid.NewGuid();
                events.AddRange(Enumerable.Range(0, perMonth + month % 3).Select(i =>
                    Feed.Response(key, siret, ("cfa.conseil", texts[(i + month) % texts.Length])) with
                    {
                        CampaignId = campaign, OccurredAtUtc = now.AddMonths(-month), RegionCode = region, DiplomaLevel = level,
                    }));
            }
        }

        await _host.PublishAsync([.. events]);
        var ids = await _host.InDbAsync(db => db.Verbatims.Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();

        await page.GotoAsync(new Uri(_site, "/statistiques").ToString());
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Statistiques publiques");
        (await page.Locator("svg[role=img] .sirius-chart__bar").CountAsync()).ShouldBe(14);
        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("Auvergne-Rhône-Alpes");
        main.ShouldContain("Niveau 3");
        main.ShouldContain("moins de 3");
        main.ShouldContain("moins d’une heure");
        await page.Locator("details summary").ClickAsync();
        (await page.Locator("details table tbody tr").CountAsync()).ShouldBe(14);
        // The page's own text (the shared footer is not this page's): no breakable space before a high sign.
        System.Text.RegularExpressions.Regex.Match(await page.Locator("main").InnerTextAsync(), "[ ][:;!?%»]|«[ ]").Value.ShouldBeEmpty();
        await Browser.CheckAsync(page, "statistiques");
    }
}
