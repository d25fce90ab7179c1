using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The open API and the widget, over HTTP, on a real PostgreSQL database.</summary>
public sealed class PublicApiTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private string _siret = "";

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _siret = Identifiers.NewSiret();
        var key = "f-" + _siret;
        await _host.PublishAsync(
            Feed.Formation(key, _siret, cfd: "50022141", rncp: "RNCP37000", certifInfo: "112233"),
            Feed.Response(key, _siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")),
            Feed.Response(key, _siret, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense.")),
            Feed.Response(key, _siret, ("cfa.conseil", "Mon tuteur m'apprend le métier chaque jour.")));
        var ids = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Testimonies_are_paged_with_a_total_and_any_origin_may_read_them()
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/formations/RNCP37000/temoignages?page=2&size=2");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("total").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("responses").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("testimonies").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_read_is_cacheable_and_revalidated_with_its_etag()
    {
        var client = _host.CreateClient();
        var first = await client.GetAsync("/api/v1/formations/50022141");
        first.Headers.CacheControl!.ToString().ShouldBe("public, max-age=300");
        var etag = first.Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/formations/50022141");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Json_ld_describes_the_course_with_its_rating_and_reviews()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/formations/112233");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));

        var response = await _host.CreateClient().SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("@type").GetString().ShouldBe("Course");
        json.RootElement.GetProperty("aggregateRating").GetProperty("ratingCount").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("review").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [InlineData("/api/v1/formations/pas-un-code", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/formations/RNCP99999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/etablissements/123", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/etablissements/1234567A", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/formations/50022141/temoignages?size=101", HttpStatusCode.BadRequest)]
    public async Task Malformed_codes_get_400_and_unknown_ones_404_as_problem_details(string url, HttpStatusCode expected)
    {
        var response = await _host.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_establishment_widget_may_be_framed_by_any_site_and_shows_the_testimonies()
    {
        var response = await _host.CreateClient().GetAsync("/widget/etablissement/" + _siret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("frame-ancestors *");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Mon tuteur m");
    }

    [Fact]
    public async Task The_widget_page_is_served_from_its_cache_until_the_testimonies_change()
    {
        var client = _host.CreateClient();
        var first = await client.GetAsync("/widget/etablissement/" + _siret);
        var second = await client.GetAsync("/widget/etablissement/" + _siret);
        first.Headers.Age.ShouldBeNull();
        second.Headers.Age.ShouldNotBeNull("the second read comes from the cache");
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());

        var key = "f-" + _siret;
        await _host.PublishAsync(Feed.Response(key, _siret, ("cfa.conseil", "Les ateliers du samedi sont très utiles.")));
        var added = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key && v.ModeratedAtUtc == null).Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), added))).IsSuccess.ShouldBeTrue();

        var changed = await client.GetAsync("/widget/etablissement/" + _siret);
        changed.Headers.Age.ShouldBeNull();
        (await changed.Content.ReadAsStringAsync()).ShouldContain("Les ateliers du samedi");
    }

    [Fact]
    public async Task Other_pages_may_not_be_framed()
    {
        var response = await _host.CreateClient().GetAsync("/");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldEndWith("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Below_the_threshold_the_widget_says_there_is_no_testimony_yet()
    {
        var siret = Identifiers.NewSiret();
        await _host.PublishAsync(Feed.Response("f-" + siret, siret, ("cfa.conseil", "Très bonne ambiance.")));

        var html = await _host.CreateClient().GetStringAsync("/widget/etablissement/" + siret);

        html.ShouldContain("Aucun témoignage pour le moment.");
    }

    [Fact]
    public async Task The_loader_script_is_small_and_has_no_dependency()
    {
        var response = await _host.CreateClient().GetAsync("/widget/sirius-widget.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeLessThan(10 * 1024);
        System.Text.Encoding.UTF8.GetString(bytes).ShouldNotContain("import ");
    }

    [Fact]
    public async Task Useful_feedback_is_posted_from_the_framed_widget_without_anti_forgery_counted_once_per_browser_and_a_second_answer_refused()
    {
        var id = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == _siret).Select(v => v.Id).FirstAsync());
        var browser = NoRedirects();
        var fields = await FeedbackFormAsync(browser, id);

        var first = await browser.PostWithoutTokenAsync("/widget/etablissement/" + _siret, fields);
        var again = await browser.PostWithoutTokenAsync("/widget/etablissement/" + _siret, fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Headers.Location!.ToString().ShouldContain("?deja=" + id);
        (await (await browser.BrowseAsync(again.Headers.Location!.ToString())).Content.ReadAsStringAsync()).ShouldContain("Vous avez déjà donné votre avis sur ce témoignage.");
        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == id))).UsefulCount.ShouldBe(1);
    }

    [Fact]
    public async Task Feedback_posted_without_cookies_ten_times_counts_once()
    {
        var id = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == _siret).Select(v => v.Id).FirstAsync());
        var fields = await FeedbackFormAsync(NoRedirects(), id);

        for (var i = 0; i < 10; i++)
        {
            (await NoRedirects().PostWithoutTokenAsync("/widget/etablissement/" + _siret, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == id))).UsefulCount.ShouldBe(1);
    }

    [Fact]
    public async Task Feedback_on_a_testimony_the_widget_does_not_show_or_without_its_form_is_refused_in_french()
    {
        var id = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == _siret).Select(v => v.Id).FirstAsync());
        var fields = await FeedbackFormAsync(NoRedirects(), id);
        var withoutForm = new Dictionary<string, string> { ["id"] = id.ToString(), ["utile"] = "oui" };

        var elsewhere = await NoRedirects().PostWithoutTokenAsync("/widget/etablissement/" + Identifiers.NewSiret(), fields);
        var forged = await NoRedirects().PostWithoutTokenAsync("/widget/etablissement/" + _siret, withoutForm);

        foreach (var refused in new[] { elsewhere, forged })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Votre avis n’a pas été pris en compte");
        }

        (await _host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == id))).UsefulCount.ShouldBe(0);
    }

    private HttpClient NoRedirects() =>
        _host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The fields of the widget's « utile ? » form for one testimony, as its page serves them.</summary>
    private async Task<Dictionary<string, string>> FeedbackFormAsync(HttpClient browser, Guid id)
    {
        var page = await browser.GetStringAsync("/widget/etablissement/" + _siret);
        var form = page[page.IndexOf($"name=\"id\" value=\"{id}\"", StringComparison.Ordinal)..];
        var ticket = System.Text.RegularExpressions.Regex.Match(form, "name=\"jeton\" value=\"([^\"]*)\"");
        var fields = new Dictionary<string, string> { ["id"] = id.ToString(), ["utile"] = "oui" };
        if (ticket.Success)
        {
            fields["jeton"] = WebUtility.HtmlDecode(ticket.Groups[1].Value);
        }

        return fields;
    }

    [Fact]
    public async Task The_statistics_page_counts_establishments_campaigns_responses_and_published_testimonies()
    {
        var html = await _host.CreateClient().GetStringAsync("/statistiques");

        html.ShouldContain("réponses d’apprentis");
        html.ShouldContain("témoignages publiés après modération");
    }
}
