using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Impact counting through Kestrel on PostgreSQL: widget impressions and testimonies shown (also when the page comes
/// from the output cache), robots and reload loops left out, discovery clicks, votes, and what the queries make of it.
/// </summary>
public sealed partial class ImpactCountingTests : IAsyncLifetime
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private SiriusHost _host = null!;
    private Uri _address = null!;
    private string _siret = "";

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?> { ["Sirius:Impact:FlushInterval"] = "00:00:00.200" });
        _address = _host.StartOnKestrel();
        var key = await _host.PlaceAsync("de Grenoble", 45.18, 5.72, cfd: "50022199", responses: 12);
        _siret = key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..];
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_widget_load_counts_one_impression_and_the_testimonies_it_shows_credited_to_their_establishment_even_from_the_output_cache()
    {
        using var client = Client();
        var first = await LoadAsync(client, "/widget/formation/50022199", "https://partenaire.example/metiers/cuisine?x=1");
        var second = await LoadAsync(client, "/widget/formation/50022199", "https://partenaire.example/autre-page");
        await LoadAsync(client, "/widget/formation/50022199?numero=2", "https://partenaire.example/metiers/cuisine");

        first.Headers.Age.ShouldBeNull();
        second.Headers.Age.ShouldNotBeNull("the second load is served from the output cache");
        second.Headers.Contains("X-Sirius-Impact").ShouldBeFalse("the count's header never leaves the host");
        // 10 testimonies on the first page twice, 2 on the second page; page 2 is no impression.
        await ExpectCountsAsync("formation/50022199", ("affichage", "", "https://partenaire.example", 2L), ("temoignage", _siret, "https://partenaire.example", 22L));
    }

    [Fact]
    public async Task Robots_are_not_counted_and_the_origin_is_empty_when_the_browser_names_none()
    {
        foreach (var robot in new[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "", "Mozilla/5.0 HeadlessChrome/131.0" })
        {
            using var bot = Client(robot);
            (await LoadAsync(bot, $"/widget/etablissement/{_siret}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var person = Client();
        await LoadAsync(person, $"/widget/etablissement/{_siret}", null);

        await ExpectCountsAsync($"etablissement/{_siret}", ("affichage", _siret, "", 1L), ("temoignage", _siret, "", 10L));
        await Task.Delay(600); // three more flushes: nothing else arrives
        await ExpectCountsAsync($"etablissement/{_siret}", ("affichage", _siret, "", 1L), ("temoignage", _siret, "", 10L));
    }

    [Fact]
    public async Task One_address_loading_the_same_widget_in_a_loop_counts_five_loads_a_minute()
    {
        using var client = Client();
        for (var i = 0; i < 8; i++)
        {
            await LoadAsync(client, $"/widget/formation/50022199?etablissement={_siret}", "https://cfa.example/");
        }

        await ExpectCountsAsync("formation/50022199", ("affichage", _siret, "https://cfa.example", 5L), ("temoignage", _siret, "https://cfa.example", 50L));
    }

    [Fact]
    public async Task A_discovery_result_leads_to_the_formation_through_a_counted_redirect_and_a_foreign_address_is_refused_in_french()
    {
        using var client = Client();
        var widget = $"/widget/formation/50022199?etablissement={_siret}&retour=%2Fdecouvrir%3Fcode%3D38185";

        var click = await client.GetAsync("/decouvrir/temoignages?vers=" + Uri.EscapeDataString(widget));
        var foreign = await client.GetAsync("/decouvrir/temoignages?vers=" + Uri.EscapeDataString("https://ailleurs.example/widget/formation/50022199"));
        var sneaky = await client.GetAsync("/decouvrir/temoignages?vers=" + Uri.EscapeDataString("//ailleurs.example/widget/formation/50022199"));

        click.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        click.Headers.Location!.OriginalString.ShouldBe(widget);
        foreach (var refused in new[] { foreign, sneaky })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Ce lien ne mène pas aux témoignages d’une formation de Sirius.");
        }

        await ExpectCountsAsync("formation/50022199", ("clic-decouvrir", _siret, "sirius", 1L));
    }

    [Fact]
    public async Task The_figures_add_up_impressions_testimonies_votes_clicks_and_partner_sites_and_credit_the_establishment()
    {
        using var client = Client();
        var page = await (await LoadAsync(client, $"/widget/etablissement/{_siret}", "https://onisep.example/fiche")).Content.ReadAsStringAsync();
        var id = Regex.Match(page, "name=\"id\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var ticket = WebUtility.HtmlDecode(Regex.Match(page[page.IndexOf(id, StringComparison.Ordinal)..], "name=\"jeton\" value=\"([^\"]*)\"").Groups[1].Value);
        var vote = await client.PostAsync($"/widget/etablissement/{_siret}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id, ["utile"] = "oui", ["jeton"] = ticket,
        }));
        vote.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await client.GetAsync("/decouvrir/temoignages?vers=" + Uri.EscapeDataString($"/widget/formation/50022199?etablissement={_siret}"));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expected = new ImpactTotals(Impressions: 1, TestimoniesShown: 10, UsefulYes: 1, UsefulNo: 0, DiscoveryClicks: 1);
        var figures = await _host.SendAsync(new GetImpactFigures(today.AddDays(-30), today));
        for (var deadline = DateTime.UtcNow.AddSeconds(30); figures.Totals != expected && DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            figures = await _host.SendAsync(new GetImpactFigures(today.AddDays(-30), today));
        }

        figures.Totals.ShouldBe(expected, "the counts are written");
        figures.PartnerSites.ShouldBe([new PartnerSite("https://onisep.example", 1)]);
        figures.Months.Sum(m => m.Totals.Impressions).ShouldBe(1);
        (await _host.SendAsync(new GetEstablishmentImpact(await _host.CfaStaffAsync("cfa@grenoble.test", _siret), today.AddDays(-30)))).ShouldBe(expected);
        (await _host.SendAsync(new GetEstablishmentImpact(await _host.CfaStaffAsync("autre@cfa.test", await _host.EstablishmentAsync()), today.AddDays(-30))))
            .ShouldBe(ImpactTotals.Zero);
        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetEstablishmentImpact(Guid.NewGuid(), today.AddDays(-30)))))
            .Error.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new GetImpactByRegion(await _host.AdministratorAsync(), today.AddDays(-30)))).Values.Aggregate(ImpactTotals.Zero, (a, b) => a.Plus(b)).ShouldBe(expected);
    }

    private HttpClient Client(string userAgent = Browser)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _address };
        if (userAgent.Length > 0)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        return client;
    }

    private static async Task<HttpResponseMessage> LoadAsync(HttpClient client, string url, string? referer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Waits until a target's counters are exactly <paramref name="expected"/> (by measure), then checks them.</summary>
    private async Task ExpectCountsAsync(string target, params (string Measure, string Siret, string Origin, long Count)[] expected)
    {
        List<(string, string, string, long)> found = [];
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            found = await _host.InDbAsync(async db => (await db.ImpactCounts.AsNoTracking().Where(c => c.Target == target).ToListAsync())
                .Select(c => (c.Measure, c.Siret, c.Origin, c.Count)).OrderBy(c => c.Measure, StringComparer.Ordinal).ToList());
            if (found.SequenceEqual(expected))
            {
                break;
            }
        }

        found.ShouldBe(expected.ToList());
    }
}
