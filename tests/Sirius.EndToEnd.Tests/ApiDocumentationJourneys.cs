using Microsoft.Playwright;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>A partner developer follows the footer to the API documentation page and finds every endpoint there, in Chromium.</summary>
public sealed class ApiDocumentationJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
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
    public async Task The_footer_leads_to_a_documentation_page_that_renders_every_api_route_without_a_script_error()
    {
        var routes = (await _host.CallsAsync()).Where(c => c.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal)).Select(c => c.Pattern.TrimEnd('/')).Distinct().ToList();
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(_site.ToString());
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Documentation de l’API" }).ClickAsync();
        await page.ArriveAtAsync("**/api/documentation**");
        await page.GetByText("Seuil d’anonymat").First.WaitForAsync(new() { Timeout = 30_000 });

        (await page.Locator("body").InnerTextAsync()).ShouldContain("API ouverte Sirius");
        foreach (var route in routes)
        {
            await page.GetByText(route).First.WaitForAsync(new() { Timeout = 10_000 });
        }

        requests.ShouldAllBe(url => url.StartsWith(_site.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal));
        await Browser.CheckAsync(page, "api-documentation");
    }
}
