using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The widget page a partner frames: unknown codes, pages of testimonies, JSON-LD and the link to Sirius, over HTTP.</summary>
public sealed partial class WidgetPageTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private string _siret = "";

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        var key = await _host.PlaceAsync("de Grenoble", 45.18, 5.72, cfd: "50022199", responses: 12);
        _siret = key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..];
        await _host.PlaceAsync("de Valence", 44.93, 4.89, cfd: "50022188", responses: 2, publish: false);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/widget/formation/ZZ999999")]
    [InlineData("/widget/etablissement/00000000000000")]
    [InlineData("/widget/formation/pas-un-code")]
    public async Task An_unknown_code_is_a_404_with_a_french_message_that_any_site_may_frame(string url)
    {
        var response = await _host.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("frame-ancestors *");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Aucun témoignage trouvé pour ce code");
        html.ShouldContain("sirius-frame.js");
        html.ShouldNotContain("application/ld+json");
    }

    [Fact]
    public async Task Testimonies_come_ten_at_a_time_with_a_plain_link_to_the_next_ones()
    {
        var client = _host.CreateClient();
        var first = await client.GetStringAsync("/widget/formation/50022199");

        Regex.Matches(first, "<figure ").Count.ShouldBe(10);
        MoreLink().Match(first).Groups[1].Value.ShouldBe("/widget/formation/50022199?numero=2");

        var second = await client.GetStringAsync("/widget/formation/50022199?numero=2");
        Regex.Matches(second, "<figure ").Count.ShouldBe(2);
        MoreLink().IsMatch(second).ShouldBeFalse();
        second.ShouldContain("Revenir aux premiers témoignages");
    }

    [Fact]
    public async Task The_page_describes_the_course_in_json_ld_with_its_rating_and_the_reviews_it_shows()
    {
        var html = await _host.CreateClient().GetStringAsync("/widget/formation/50022199");

        using var ld = LdOf(html);
        var root = ld.RootElement;
        root.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        root.GetProperty("@type").GetString().ShouldBe("Course");
        root.GetProperty("identifier").GetString().ShouldBe("50022199");
        root.GetProperty("aggregateRating").GetProperty("ratingCount").GetInt32().ShouldBe(12);
        root.GetProperty("aggregateRating").GetProperty("reviewCount").GetInt32().ShouldBe(12);
        root.GetProperty("review").GetArrayLength().ShouldBe(10);
        root.GetProperty("review")[0].GetProperty("author").GetProperty("name").GetString().ShouldBe("Apprenti ou apprentie (anonyme)");

        var establishment = await _host.CreateClient().GetStringAsync($"/widget/etablissement/{_siret}");
        using var organisation = LdOf(establishment);
        organisation.RootElement.GetProperty("@type").GetString().ShouldBe("EducationalOrganization");
    }

    [Fact]
    public async Task Below_the_anonymity_threshold_the_json_ld_has_no_rating_and_no_review()
    {
        var html = await _host.CreateClient().GetStringAsync("/widget/formation/50022188");

        using var ld = LdOf(html);
        ld.RootElement.GetProperty("aggregateRating").ValueKind.ShouldBe(JsonValueKind.Null);
        ld.RootElement.GetProperty("review").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_visible_sirius_link_opens_the_formation_page_on_sirius()
    {
        var html = await _host.CreateClient().GetStringAsync("/widget/formation/50022199?numero=2");

        html.ShouldContain("<a class=\"fr-link\" href=\"/widget/formation/50022199\" target=\"_blank\" rel=\"noopener\">Sirius<span class=\"fr-sr-only\"> (nouvelle fenêtre)</span></a>");
    }

    private static JsonDocument LdOf(string html)
    {
        var match = JsonLd().Match(html);
        match.Success.ShouldBeTrue(html[..Math.Min(html.Length, 1500)]);
        return JsonDocument.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("<a class=\"fr-btn fr-btn--secondary\" href=\"([^\"]+)\">Voir plus de témoignages</a>")]
    private static partial Regex MoreLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
