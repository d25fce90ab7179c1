using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Each role signs in and, from the home page, follows only the links a person sees (at 1280×800, and at 360×740 through
/// the burger menu), until every page that role may use is reached. Every page reached passes <see cref="Browser.CheckAsync"/>
/// and <see cref="Browser.CheckFrenchTypographyAsync"/> (narrow no-break spaces on staff pages too).
/// </summary>
public sealed partial class CrawlJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const int MaxPages = 60;
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_administrator_reaches_every_administration_page_from_the_menu()
    {
        await _host.AdministratorAsync("crawl-admin@sirius.test");

        await CrawlAsync("crawl-admin@sirius.test", "admin",
            "/espace", "/admin/moderation", "/admin/moderation/reponses", "/admin/questionnaires", Guid("/admin/questionnaires/"),
            "/admin/utilisateurs", Guid("/admin/utilisateurs/"), "/admin/utilisateurs/inviter", "/admin/referentiel", "/admin/etablissements/suivi",
            "/admin/reponses-signalees", "/admin/taches", "/pilotage", "/compte/mot-de-passe");
    }

    [Fact]
    public async Task CFA_staff_reach_their_campaigns_results_and_apprentices_from_the_menu()
    {
        var (cfa, _) = await _host.OpenCampaignAsync(cfaEmail: "crawl-cfa@cfa.fr");

        await CrawlAsync("crawl-cfa@cfa.fr", "cfa",
            "/espace", "/espace/campagnes", "/espace/campagnes/nouvelles", "/espace/resultats", Guid("/espace/campagnes/", "/apprentis"),
            "/compte/mot-de-passe", "/compte/supprimer");
        cfa.ShouldNotBe(System.Guid.Empty);
    }

    [Fact]
    public async Task An_observer_reaches_the_dashboard_from_the_menu()
    {
        await _host.ObserverAsync("crawl-pilote@region.fr", "region", "84");

        await CrawlAsync("crawl-pilote@region.fr", "observateur", "/espace", "/pilotage", "/compte/mot-de-passe", "/compte/supprimer");
    }

    private static string Guid(string before, string after = "") => "^" + Regex.Escape(before) + "[0-9a-f-]{36}" + Regex.Escape(after) + "$";

    /// <summary>
    /// Visits the pages linked from the home page, breadth first, and checks that every expected page (a path, or a
    /// pattern starting with ^) was reached; also that, on a phone, the burger menu offers the account and the sign-out.
    /// </summary>
    private async Task CrawlAsync(string email, string role, params string[] expected)
    {
        var page = await browser.SignedInPageAsync(_site, email);
        var reached = new List<string>();
        var queue = new Queue<string>(["/"]);
        var queued = new HashSet<string>(["/"]);
        while (queue.TryDequeue(out var path) && reached.Count < MaxPages)
        {
            var response = await page.GotoAsync(new Uri(_site, path).ToString());
            if (response?.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true)
            {
                continue;
            }

            reached.Add(new Uri(page.Url).AbsolutePath);
            await Browser.CheckAsync(page, $"parcours-{role}-{reached.Count:00}-{Slug(path)}");
            await Browser.CheckFrenchTypographyAsync(page, $"parcours-{role}-{reached.Count:00}-{Slug(path)}");
            foreach (var link in await VisibleLinksAsync(page))
            {
                if (queued.Add(new Uri(link).AbsolutePath))
                {
                    queue.Enqueue(new Uri(link).PathAndQuery);
                }
            }
        }

        // Reached means checked: each page passed Browser.CheckAsync (and the typography check) at both sizes, or the crawl failed there.
        await File.WriteAllLinesAsync(
            Path.Combine(Browser.OutputDirectory, $"parcours-{role}.txt"),
            reached.Select(r => $"{r} — 360×740 et 1280×800 — 0 erreur de console, 0 débordement, 0 message anglais, typographie française"));
        var missing = expected.Where(e => !reached.Any(r => e.StartsWith('^') ? Regex.IsMatch(r, e) : r == e)).ToList();
        missing.ShouldBeEmpty($"{role} reached {string.Join(", ", reached)}");

        await page.SetViewportSizeAsync(Browser.Phone.Width, Browser.Phone.Height);
        await page.GotoAsync(new Uri(_site, "/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var menu = page.Locator("#menu-principal");
        await menu.Locator(".fr-header__menu-links a[href='/espace']").WaitForAsync();
        await menu.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).WaitForAsync();
        await Browser.CheckAsync(page, $"parcours-{role}-menu-mobile");
    }

    /// <summary>
    /// The same-site pages linked from what a person sees: at 1280×800, then at 360×740 with the burger menu open.
    /// Downloads, the questionnaire, the widget and the open API (its description and its documentation page, checked by
    /// ApiDocumentationJourneys) are not pages of the back office.
    /// </summary>
    private async Task<List<string>> VisibleLinksAsync(IPage page)
    {
        var links = await page.EvaluateAsync<string[]>(VisibleLinksScript);
        var size = page.ViewportSize!;
        await page.SetViewportSizeAsync(Browser.Phone.Width, Browser.Phone.Height);
        var burger = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        if (await burger.IsVisibleAsync())
        {
            await burger.ClickAsync();
            await page.Locator("#menu-principal.fr-modal--opened").WaitForAsync();
            links = [.. links, .. await page.EvaluateAsync<string[]>(VisibleLinksScript)];
            await page.Locator("#menu-principal").GetByRole(AriaRole.Button, new() { Name = "Fermer" }).ClickAsync();
        }

        await page.SetViewportSizeAsync(size.Width, size.Height);
        return [.. links.Distinct().Where(l => new Uri(l) is { } uri && uri.Authority == _site.Authority && !Skipped().IsMatch(uri.PathAndQuery))];
    }

    private const string VisibleLinksScript = """
        () => [...document.querySelectorAll('a[href]')]
            .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility === 'visible' && !a.hasAttribute('download'))
            .map(a => a.href.split('#')[0])
        """;

    [GeneratedRegex(@"handler=|export|\.(csv|xlsx|pdf|json|zip)|^/(q|widget|openapi|api)/", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    private static string Slug(string path) => Regex.Replace(path.Split('?')[0].Trim('/'), "[^a-z0-9]+", "-") is { Length: > 0 } slug ? slug : "accueil";
}
