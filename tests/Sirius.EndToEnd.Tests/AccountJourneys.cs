using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>Real Chromium against the real host on Kestrel and PostgreSQL: the public and account pages, each checked with axe.</summary>
public sealed class AccountJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string Password = "Apprentissage-2026!";
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
        await _host.SendAsync(new EnsureAdministrator("admin@sirius.test", "Alex", "Admin", Password));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Public_pages_are_accessible()
    {
        var page = await NewPageAsync();
        foreach (var (path, name) in new[]
                 {
                     ("/", "accueil"), ("/connexion", "connexion"), ("/inscription", "inscription"),
                     ("/compte/mot-de-passe-oublie", "mot-de-passe-oublie"), ("/accessibilite", "accessibilite"),
                     ("/mentions-legales", "mentions-legales"), ("/donnees-personnelles", "donnees-personnelles"),
                     ("/conditions-generales-d-utilisation", "cgu"), ("/une-page-qui-n-existe-pas", "erreur-404"),
                 })
        {
            await page.GotoAsync(new Uri(_site, path).ToString());
            (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("fr");
            await Browser.CheckAsync(page, name);
        }
    }

    [Fact]
    public async Task While_an_instance_starts_browsers_get_a_french_page_then_the_site()
    {
        var held = new HeldStartupTask();
        await using var starting = await SiriusHost.OnPostgresAsync(services: s => s.AddSingleton<IStartupTask>(held));
        starting.WaitsForStartup = false;
        var site = starting.StartOnKestrel();
        await held.Started;
        var page = await NewPageAsync();

        var response = await page.GotoAsync(site.ToString());
        response!.Status.ShouldBe(503);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Service momentanément indisponible.");
        await Browser.CheckAsync(page, "demarrage");

        held.Release();
        await Eventually.HoldsAsync(async () => (await page.ReloadAsync())!.Status == 200, "the site once started");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("fr");
    }

    [Fact]
    public async Task Sign_up_errors_are_shown_beside_the_fields_and_announced()
    {
        var page = await NewPageAsync(new BrowserNewContextOptions { ViewportSize = Browser.Phone });
        await page.GotoAsync(new Uri(_site, "/inscription").ToString());

        await page.GetByLabel("Adresse électronique professionnelle").FillAsync("pas-une-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();

        await page.Locator("#Input-Email-error").WaitForAsync();
        (await page.Locator("#Input-Email-error").InnerTextAsync()).ShouldContain("n’est pas valide");
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Le formulaire contient");
        await Browser.CheckAsync(page, "inscription-erreurs-mobile");
    }

    [Fact]
    public async Task An_administrator_signs_in_with_the_keyboard_accepts_the_terms_and_manages_accounts()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(_site, "/connexion").ToString());

        await page.GetByLabel("Adresse électronique").FocusAsync();
        await page.Keyboard.TypeAsync("admin@sirius.test");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync("**/compte/conditions");
        await Browser.CheckAsync(page, "conditions");
        await page.Locator("label[for=accepte]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.ArriveAtAsync("**/espace");
        await Browser.CheckAsync(page, "espace");

        await page.GetByRole(AriaRole.Link, new() { Name = "Comptes utilisateurs" }).ClickAsync();
        await page.ArriveAtAsync("**/admin/utilisateurs");
        (await page.Locator("table").InnerTextAsync()).ShouldContain("admin@sirius.test");
        await Browser.CheckAsync(page, "admin-utilisateurs");

        await page.Locator("table").GetByRole(AriaRole.Link, new() { Name = "Alex Admin" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Alex Admin" }).WaitForAsync();
        await Browser.CheckAsync(page, "admin-utilisateur");
    }

    private Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null) => browser.NewPageAsync(options);
}
