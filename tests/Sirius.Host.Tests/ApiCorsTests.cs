using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Any partner origin may call every /api/v1 address of the routing table, preflight included; route names are French.</summary>
public sealed class ApiCorsTests : IAsyncLifetime
{
    private const string Partner = "https://partenaire.example";
    private SiriusHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_api_route_answers_a_preflight_and_its_answers_name_any_origin()
    {
        var routes = (await _host.CallsAsync()).Where(c => c.Pattern.StartsWith(ApiPrefix, StringComparison.Ordinal)).ToList();
        routes.Count.ShouldBeGreaterThan(5);
        var problems = new List<string>();
        foreach (var route in routes)
        {
            var url = Url(route);
            var preflight = new HttpRequestMessage(HttpMethod.Options, url);
            preflight.Headers.Add("Origin", Partner);
            preflight.Headers.Add("Access-Control-Request-Method", route.Method);
            preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match, accept");
            var answer = await _client.SendAsync(preflight);
            Expect(problems, route, "preflight status", answer.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK, answer.StatusCode.ToString());
            Expect(problems, route, "preflight origin", Header(answer, "Access-Control-Allow-Origin") == "*", Header(answer, "Access-Control-Allow-Origin"));
            Expect(problems, route, "preflight methods", Header(answer, "Access-Control-Allow-Methods")?.Contains(route.Method, StringComparison.Ordinal) == true, Header(answer, "Access-Control-Allow-Methods"));
            Expect(problems, route, "preflight headers", Header(answer, "Access-Control-Allow-Headers")?.Contains("if-none-match", StringComparison.OrdinalIgnoreCase) == true, Header(answer, "Access-Control-Allow-Headers"));
            Expect(problems, route, "preflight max age", Header(answer, "Access-Control-Max-Age") == "86400", Header(answer, "Access-Control-Max-Age"));

            var actual = new HttpRequestMessage(new HttpMethod(route.Method), url);
            actual.Headers.Add("Origin", Partner);
            var read = await _client.SendAsync(actual);
            Expect(problems, route, $"answer origin ({(int)read.StatusCode})", Header(read, "Access-Control-Allow-Origin") == "*", Header(read, "Access-Control-Allow-Origin"));
            Expect(problems, route, "exposed ETag", Header(read, "Access-Control-Expose-Headers")?.Contains("ETag", StringComparison.Ordinal) == true, Header(read, "Access-Control-Expose-Headers"));

            if (route.Method == "GET")
            {
                var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
                Expect(problems, route, "HEAD as GET", head.StatusCode == read.StatusCode, head.StatusCode.ToString());
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Route_names_are_french_and_the_english_spelling_of_the_first_release_redirects_with_308()
    {
        var routes = (await _host.CallsAsync()).Where(c => c.Pattern.StartsWith(ApiPrefix, StringComparison.Ordinal)).ToList();
        routes.Where(r => r.Pattern.Contains("/establishments", StringComparison.Ordinal)).Select(r => r.Pattern).ShouldBe(["/api/v1/establishments/{siret}"]);
        var siret = Identifiers.NewSiret();

        var response = await _client.GetAsync($"/api/v1/establishments/{siret}?x=1");

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/etablissements/{siret}/referentiel?x=1");
        Header(response, "Access-Control-Allow-Origin").ShouldBe("*");
    }

    private const string ApiPrefix = "/api/v1/";

    private static string Url(RouteCall route) => route.RouteParameters.Aggregate(route.Pattern, (url, parameter) =>
        url.Replace("{" + parameter + "}", parameter switch
        {
            "siret" => "19690001400019",
            "name" => "indicateurs.csv",
            _ => "50022141",
        }, StringComparison.Ordinal));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static void Expect(List<string> problems, RouteCall route, string what, bool holds, string? actual)
    {
        if (!holds)
        {
            problems.Add($"{route}: {what} was « {actual} »");
        }
    }
}
