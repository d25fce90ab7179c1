using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The OpenAPI document and the documentation page of the open API, over HTTP.</summary>
public sealed partial class ApiDocumentationTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_openapi_document_describes_every_api_route_in_french_with_an_example_answer()
    {
        var routes = (await _host.CallsAsync()).Where(c => c.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal) && c.Method == "GET").ToList();
        routes.Count.ShouldBeGreaterThan(5);

        using var document = JsonDocument.Parse(await _host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var route in routes)
        {
            paths.TryGetProperty(route.Pattern.TrimEnd('/'), out var path).ShouldBeTrue($"{route} is missing from the OpenAPI document");
            var operation = path.GetProperty("get");
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace($"{route} has no summary");
            if (operation.TryGetProperty("deprecated", out var deprecated) && deprecated.GetBoolean())
            {
                operation.GetProperty("responses").TryGetProperty("308", out _).ShouldBeTrue($"{route} is deprecated but does not redirect");
                continue;
            }

            var ok = operation.GetProperty("responses").GetProperty("200");
            ok.TryGetProperty("content", out var content).ShouldBeTrue($"{route} documents no answer");
            foreach (var media in content.EnumerateObject())
            {
                media.Value.TryGetProperty("example", out _).ShouldBeTrue($"{route} has no example for {media.Name}");
            }
        }

        var introduction = document.RootElement.GetProperty("info").GetProperty("description").GetString()!;
        introduction.ShouldContain("Seuil d’anonymat");
        introduction.ShouldContain("**3 réponses**");
        introduction.ShouldContain("20 par minute");
        introduction.ShouldContain("data-sirius-formation");
        introduction.ShouldContain("\"@type\": \"AggregateRating\"");
    }

    [Theory]
    [InlineData("/docs")]
    [InlineData("/swagger")]
    [InlineData("/scalar")]
    [InlineData("/redoc")]
    public async Task The_usual_addresses_lead_to_the_documentation_page(string path)
    {
        var response = await _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().ShouldBe("/api/documentation");
    }

    [Fact]
    public async Task The_documentation_page_runs_only_its_own_scripts_under_a_nonce_and_loads_nothing_from_elsewhere()
    {
        var client = _host.CreateClient();
        await client.GetStringAsync("/api/documentation");
        var response = await client.GetAsync("/api/documentation");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Documentation de l’API ouverte Sirius");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        Regex.Matches(html, "api-documentation\\.js").Count.ShouldBe(1);
        Regex.Matches(html, "<script[^>]*>").ShouldAllBe(tag => tag.Value.Contains($"nonce=\"{nonce}\""));
        ExternalUrl().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        policy.ShouldContain("frame-ancestors 'none'");
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    /// <summary>An address on another host in an attribute (src, href) of the page.</summary>
    [GeneratedRegex("(?:src|href)=\"https?://[^\"]+\"")]
    private static partial Regex ExternalUrl();
}
