using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Inputs the hostile probe of issue #28 got through: each has a bound and a French refusal, never a 500; and what a
/// signed-in user reads is never cached, and a client's mistake is not logged as a server error.
/// </summary>
public sealed class InputBoundsTests : IAsyncLifetime
{
    private readonly LogCapture _logs = new();
    private SiriusHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(services: s => s.AddSingleton<ILoggerProvider>(_logs));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_campaign_cannot_end_in_9999_and_seats_are_read_in_decimal_only()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync(cfaEmail: "bornes@cfa.fr");
        var browser = await _host.SignedInAsync("bornes@cfa.fr");
        var edit = $"/espace/campagnes?handler=Modifier&campagne={campaign.Id}";
        var start = campaign.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var far = await browser.SubmitAsync("/espace/campagnes", Row(start, "9999-12-31", "10"), postUrl: edit);
        (await far.Content.ReadAsStringAsync()).ShouldContain("Les dates d’une campagne doivent se situer entre le");

        var hex = await browser.SubmitAsync("/espace/campagnes", Row(start, start, "0x10"), postUrl: edit);
        var hexHtml = await hex.Content.ReadAsStringAsync();
        hexHtml.ShouldContain("Saisissez un nombre entier, en chiffres");
        hexHtml.ShouldNotContain("is not valid");
        var unchanged = (await _host.SendAsync(new ListCampaigns(cfa))).Single();
        unchanged.EndDate.ShouldBe(campaign.EndDate);
        unchanged.Seats.ShouldBe(campaign.Seats);
    }

    [Fact]
    public void The_answer_cookie_of_a_campaign_ending_on_the_last_representable_day_is_written()
    {
        var context = new DefaultHttpContext();

        RespondentCookie.Write(context.Response, "jeton", new ResponseKey(Guid.NewGuid(), "secret"), DateOnly.MaxValue);

        context.Response.Headers.SetCookie.ToString().ShouldContain("expires=Fri, 31 Dec 9999");
    }

    [Theory]
    [InlineData("/widget/formation/%20")]
    [InlineData("/widget/formation/%09")]
    [InlineData("/widget/etablissement/%20")]
    public async Task A_blank_widget_code_is_a_French_404(string url)
    {
        var response = await _host.CreateClient().BrowseAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The widget's own message, which a partner's frame may show (not the site's error page, which may not be framed).
        (await response.Content.ReadAsStringAsync()).ShouldContain("Aucun témoignage trouvé pour ce code");
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_a_French_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connexion")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", new string('a', 2 * 1024 * 1024))]),
        };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _host.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Requête trop volumineuse");
    }

    [Fact]
    public async Task A_wrong_method_gets_a_French_405_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/openapi/v1.json") { Content = new StringContent("") };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _host.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Méthode non autorisée");
        html.ShouldNotContain("Erreur inattendue");
    }

    [Theory]
    [InlineData("/statistiques")]
    [InlineData("/accessibilite")]
    public async Task A_post_to_a_page_without_a_form_gets_a_French_405_page(string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, page) { Content = new FormUrlEncodedContent([new("x", "1")]) };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _host.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"]);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Méthode non autorisée");
    }

    [Fact]
    public async Task A_wrong_method_on_the_api_gets_a_French_problem()
    {
        var response = await _host.CreateClient().DeleteAsync("/api/v1/formations/nearby");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("Méthode non autorisée");
        problem.ShouldNotContain("inattendue");
    }

    [Fact]
    public async Task Pages_of_a_signed_in_user_are_never_stored_in_a_cache()
    {
        await _host.CfaStaffAsync("cache@cfa.fr");
        var browser = await _host.SignedInAsync("cache@cfa.fr");

        foreach (var page in new[] { "/espace", "/espace/campagnes", "/compte/mot-de-passe" })
        {
            (await browser.BrowseAsync(page)).Headers.CacheControl!.NoStore.ShouldBeTrue(page);
        }

        // A download has no form, so anti-forgery does not mark it no-store: the signed-in rule must.
        var (_, campaign) = await _host.OpenCampaignAsync(cfaEmail: "kit@cfa.fr");
        var export = await (await _host.SignedInAsync("kit@cfa.fr")).GetAsync($"/espace/campagnes?handler=Kit&campagne={campaign.Id}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (export.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue("the export");
    }

    [Fact]
    public async Task A_client_error_is_logged_as_information_without_a_stack_trace()
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/formations/nearby?lat=45&lon=5&radius_km=101");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var entries = _logs.Entries.ToList();
        entries.ShouldContain(e => e.Level == LogLevel.Information && e.Message.Contains("failed validation", StringComparison.Ordinal), "the request reached the validation");
        entries.ShouldNotContain(e => e.Level >= LogLevel.Error || e.Exception != null, string.Join('\n', entries.Where(e => e.Level >= LogLevel.Error)));
    }

    private static Dictionary<string, string> Row(string start, string end, string seats) => new()
    {
        ["Input.Name"] = "Bornes",
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.Seats"] = seats,
    };

    private sealed record LogEntry(LogLevel Level, string Message, Exception? Exception);

    /// <summary>Every log entry the host writes, as its console would.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception));
        }
    }
}
