using System.Net;
using System.Text.Json;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The discovery page « /decouvrir » and its commune suggestions, over HTTP, without JavaScript.</summary>
public sealed class DiscoveryPageTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        await _host.PlaceAsync("de Villeurbanne", 45.7719, 4.8902, cfd: "50022141", title: "CAP Cuisine");
        await _host.PlaceAsync("de Vienne", 45.5255, 4.8740, cfd: "40025214", title: "Bac pro Boulanger-pâtissier", level: 4);
        await _host.NearbyIndexCaughtUpAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_home_page_links_to_the_discovery_page()
    {
        var html = await _host.CreateClient().GetStringAsync("/");

        html.ShouldContain("href=\"/decouvrir\"");
    }

    [Fact]
    public async Task A_commune_name_lists_the_formations_nearest_first_with_distances_and_links_to_their_testimonies()
    {
        var html = await _host.CreateClient().GetStringAsync("/decouvrir?commune=lyon&distance=50");

        html.ShouldContain("2 formations");
        html.ShouldContain("de Lyon");
        html.IndexOf("CAP Cuisine", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Bac pro Boulanger", StringComparison.Ordinal));
        html.ShouldContain("à 4,3 km");
        // Through the redirect that counts the click (works without JavaScript).
        html.ShouldContain("href=\"/decouvrir/temoignages?vers=%2Fwidget%2Fformation%2F50022141%3Fetablissement%3D");
    }

    [Fact]
    public async Task The_level_filter_keeps_only_that_level()
    {
        var html = await _host.CreateClient().GetStringAsync("/decouvrir?commune=Lyon+%2869001%29&distance=50&niveau=4");

        html.ShouldContain("1 formation à moins de 50 km de Lyon");
        html.ShouldNotContain("CAP Cuisine");
    }

    [Fact]
    public async Task A_name_that_fits_several_communes_offers_a_choice()
    {
        var html = await _host.CreateClient().GetStringAsync("/decouvrir?commune=saint-denis");

        html.ShouldContain("Plusieurs communes correspondent");
        html.ShouldContain("Saint-Denis (93200)");
        html.ShouldContain("Saint-Denis (97400)");
    }

    [Fact]
    public async Task An_unknown_commune_is_said_next_to_the_field()
    {
        var html = await _host.CreateClient().GetStringAsync("/decouvrir?commune=Atlantide");

        html.ShouldContain("Aucune commune ne correspond à «\u202FAtlantide\u202F»");
        html.ShouldContain("aria-describedby=\"commune-erreur\"");
    }

    [Fact]
    public async Task Commune_suggestions_ignore_accents_and_abbreviations()
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/communes?q=st%20etienne");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement[0].GetProperty("name").GetString().ShouldBe("Saint-Étienne");
        json.RootElement[0].GetProperty("code").GetString().ShouldBe("42218");
    }
}
