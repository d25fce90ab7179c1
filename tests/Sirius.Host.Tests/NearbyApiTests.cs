using System.Net;
using System.Text.Json;
using Shouldly;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// <c>GET /api/v1/formations/nearby</c> over HTTP on a real PostgreSQL database. Places lie on the meridian 5° E,
/// so that their distances from (45°, 5°) are hand-computed arcs: 0.1° of latitude is
/// 6371.0088 km × 0.1 × π / 180 = 11.1195 km.
/// </summary>
public sealed class NearbyApiTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        await PlaceAsync("a", 45.1, 5.0, cfd: "50022141", title: "CAP Cuisine");
        await PlaceAsync("b", 45.3, 5.0, cfd: "40025214", title: "Bac pro Cuisine", level: 4);
        await PlaceAsync("c", 44.8, 5.0, cfd: "50022141", title: "CAP Cuisine", verified: 2);
        await PlaceAsync("below-threshold", 45.05, 5.0, responses: 2);
        await PlaceAsync("nothing-published", 45.02, 5.0, publish: false);
        await PlaceAsync("lyon", 45.764, 4.836, cfd: "50033112", title: "CAP Boulanger");
        await _host.NearbyIndexCaughtUpAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Formations_are_listed_nearest_first_with_their_hand_computed_distance()
    {
        var page = await GetAsync("lat=45&lon=5&radius_km=50");

        Items(page).Select(i => (Title(i), Distance(i))).ShouldBe([("a", 11.12), ("c", 22.24), ("b", 33.36)]);
        page.GetProperty("total").GetInt32().ShouldBe(3);
        var first = page.GetProperty("items")[0];
        first.GetProperty("responses").GetInt32().ShouldBe(3);
        first.GetProperty("testimonies").GetInt32().ShouldBe(3);
        first.GetProperty("verifiedShare").GetDouble().ShouldBe(0);
        page.GetProperty("items")[1].GetProperty("verifiedShare").GetDouble().ShouldBe(0.667, "2 of c's 3 responses came through a personal invitation");
        first.GetProperty("topThemes").GetArrayLength().ShouldBeGreaterThan(0);
        first.GetProperty("establishment").GetProperty("name").GetString().ShouldBe("CFA a");
        first.GetProperty("widgetPath").GetString().ShouldStartWith("/widget/formation/50022141?etablissement=");
    }

    [Theory]
    [InlineData("22.24", new[] { "a", "c" })]
    [InlineData("22.23", new[] { "a" })]
    [InlineData("11", new string[0])]
    public async Task The_radius_is_inclusive_to_its_edge(string radius, string[] expected)
    {
        var page = await GetAsync("lat=45&lon=5&radius_km=" + radius);

        Items(page).Select(Title).ShouldBe(expected);
    }

    [Fact]
    public async Task Places_below_the_anonymity_threshold_or_without_published_testimony_are_never_listed()
    {
        var page = await GetAsync("lat=45.05&lon=5&radius_km=5");

        Items(page).ShouldBeEmpty();
    }

    [Fact]
    public async Task Level_and_cfd_filter_the_results()
    {
        Items(await GetAsync("lat=45&lon=5&radius_km=50&level=4")).Select(Title).ShouldBe(["b"]);
        Items(await GetAsync("lat=45&lon=5&radius_km=50&cfd=50022141")).Select(Title).ShouldBe(["a", "c"]);
    }

    [Fact]
    public async Task Results_are_paged_with_the_total()
    {
        var page = await GetAsync("lat=45&lon=5&radius_km=50&page=2&size=1");

        Items(page).Select(Title).ShouldBe(["c"]);
        page.GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task A_commune_code_searches_from_its_centre_in_the_reference_data()
    {
        var page = await GetAsync("commune=69123&radius_km=10");

        page.GetProperty("origin").GetProperty("commune").GetString().ShouldBe("Lyon");
        Items(page).Select(i => (Title(i), Distance(i))).ShouldBe([("lyon", 0.0)]);
    }

    [Theory]
    [InlineData("lat=91&lon=5", "lat")]
    [InlineData("lat=45&lon=-181", "lon")]
    [InlineData("lat=45", "lon")]
    [InlineData("lat=quarante&lon=5", "lat")]
    [InlineData("", "commune")]
    [InlineData("commune=99999", "commune")]
    [InlineData("commune=lyon", "commune")]
    [InlineData("lat=45&lon=5&radius_km=101", "radius_km")]
    [InlineData("lat=45&lon=5&radius_km=0", "radius_km")]
    [InlineData("lat=45&lon=5&page=-1", "page")]
    [InlineData("lat=45&lon=5&size=51", "size")]
    [InlineData("lat=45&lon=5&level=9", "level")]
    [InlineData("lat=45&lon=5&cfd=123", "cfd")]
    public async Task Bad_input_gets_a_400_problem_naming_the_field_in_french(string query, string field)
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/formations/nearby?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("title").GetString().ShouldBe("La requête contient des erreurs de saisie.");
        json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_answer_is_cacheable_and_revalidated_by_its_etag()
    {
        var client = _host.CreateClient();
        var first = await client.GetAsync("/api/v1/formations/nearby?lat=45&lon=5&radius_km=50");
        first.Headers.CacheControl!.ToString().ShouldBe("public, max-age=300");
        first.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/formations/nearby?lat=45.0001&lon=5.0002&radius_km=50");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_new_publication_is_served_from_the_previous_index_until_the_background_rebuild_lists_it()
    {
        var before = await GetAsync("lat=45&lon=5&radius_km=50");

        await PlaceAsync("new", 45.0, 5.0);
        var meanwhile = await GetAsync("lat=45&lon=5&radius_km=50");
        meanwhile.GetProperty("version").GetInt64().ShouldBe(before.GetProperty("version").GetInt64());
        Items(meanwhile).Select(Title).ShouldBe(["a", "c", "b"]);

        JsonElement after = default;
        await Eventually.HoldsAsync(
            async () => Items(after = await GetAsync("lat=45&lon=5&radius_km=50")).Any(i => Title(i) == "new"),
            "the new place is listed after the rebuild", TimeSpan.FromSeconds(30));
        after.GetProperty("version").GetInt64().ShouldBeGreaterThan(before.GetProperty("version").GetInt64());
        Items(after).Select(Title).ShouldBe(["new", "a", "c", "b"]);
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    private static string Title(JsonElement item) => item.GetProperty("establishment").GetProperty("name").GetString()!["CFA ".Length..];

    private static double Distance(JsonElement item) => item.GetProperty("distanceKm").GetDouble();

    private async Task<JsonElement> GetAsync(string query)
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/formations/nearby?" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task PlaceAsync(string name, double latitude, double longitude, string cfd = "50022141", string title = "CAP Cuisine", int level = 3, int responses = 3, bool publish = true, int verified = 0) =>
        _host.PlaceAsync(name, latitude, longitude, cfd, title, level, responses, publish, verified);
}
