using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Oversized or oddly shaped requests, over real Kestrel, are refused with a 4xx problem or page, never a 500.</summary>
public sealed partial class RequestLimitTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(new Dictionary<string, string?> { ["RateLimits:AccountPermitsPerMinute"] = "1000" });
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _host.StartOnKestrel(),
        };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_form_body_over_one_megabyte_is_a_413_problem_for_API_callers()
    {
        using var request = await SignInPostAsync(UnderFieldLimitsButOverOneMegabyte(), "application/json");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Requête trop volumineuse.");
    }

    [Fact]
    public async Task A_form_body_over_one_megabyte_is_a_413_French_page_for_browsers()
    {
        using var request = await SignInPostAsync(UnderFieldLimitsButOverOneMegabyte(), "text/html");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Les données envoyées dépassent la taille autorisée.");
    }

    [Fact]
    public async Task A_chunked_form_body_without_length_is_cut_at_one_megabyte()
    {
        using var request = await SignInPostAsync(UnderFieldLimitsButOverOneMegabyte(), "application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Content = new StreamContent(new MemoryStream(await request.Content!.ReadAsByteArrayAsync()));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Too_many_form_fields_is_a_400()
    {
        var fields = string.Join('&', Enumerable.Range(0, 2000).Select(i => $"f{i}=x"));
        using var request = await SignInPostAsync(fields, "application/json");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_form_value_over_the_limit_is_a_400()
    {
        using var request = await SignInPostAsync("Input.Email=" + new string('a', 200 * 1024), "application/json");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Oversized_headers_and_URLs_are_refused_with_a_4xx()
    {
        using var header = new HttpRequestMessage(HttpMethod.Get, "/");
        header.Headers.Add("X-Padding", new string('a', 64 * 1024));
        var tooManyHeaders = new HttpRequestMessage(HttpMethod.Get, "/");
        for (var i = 0; i < 150; i++)
        {
            tooManyHeaders.Headers.Add($"X-H{i}", "x");
        }

        ((int)(await _client.SendAsync(header)).StatusCode).ShouldBe(431);
        ((int)(await _client.SendAsync(tooManyHeaders)).StatusCode).ShouldBe(431);
        ((int)(await _client.GetAsync("/api/v1/formations/" + new string('1', 16 * 1024))).StatusCode).ShouldBe(414);
    }

    /// <summary>400 fields of 4 KB: each form limit holds, only the body size is over.</summary>
    private static string UnderFieldLimitsButOverOneMegabyte() =>
        string.Join('&', Enumerable.Range(0, 400).Select(i => $"f{i}=" + new string('a', 4096)));

    /// <summary>A sign-in post carrying a valid anti-forgery token, then <paramref name="extra"/> as more form content.</summary>
    private async Task<HttpRequestMessage> SignInPostAsync(string extra, string accept)
    {
        var page = await _client.GetStringAsync("/connexion");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&Input.Password=x&" + extra;
        var request = new HttpRequestMessage(HttpMethod.Post, "/connexion")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
