using System.Net;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The host on Kestrel behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto are believed from the
/// configured proxies only, which decides Secure cookies, HSTS and the rate-limit bucket of each visitor.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Loopback = "127.0.0.1";

    [Fact]
    public async Task Behind_a_trusted_proxy_cookies_are_Secure_HSTS_is_sent_and_each_visitor_has_its_own_rate_limit()
    {
        await using var host = Host(trusted: true);
        var site = host.StartOnKestrel();

        var page = await ThroughProxyAsync(site, HttpMethod.Get, "/connexion", "203.0.113.10");
        page.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("sirius-af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        page.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();

        (await PostsUntilRefusedAsync(site, "203.0.113.10")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await ThroughProxyAsync(site, HttpMethod.Post, "/connexion", "203.0.113.11")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        await using var host = Host(trusted: false);
        var site = host.StartOnKestrel();

        var page = await ThroughProxyAsync(site, HttpMethod.Get, "/connexion", "203.0.113.10");
        page.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("sirius-af=", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        page.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();

        (await PostsUntilRefusedAsync(site, "203.0.113.10")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await ThroughProxyAsync(site, HttpMethod.Post, "/connexion", "203.0.113.11")).StatusCode.ShouldBe(
            HttpStatusCode.TooManyRequests, "a forged X-Forwarded-For must not buy a fresh bucket");
    }

    private static SiriusHost Host(bool trusted) => SiriusHost.OnSqlite(new Dictionary<string, string?>
    {
        ["RateLimits:AccountPermitsPerMinute"] = "3",
        // Kestrel on "localhost" answers on both loopbacks; the untrusted host trusts some other proxy.
        ["ForwardedHeaders:KnownProxies:0"] = trusted ? Loopback : "192.0.2.1",
        ["ForwardedHeaders:KnownNetworks:0"] = trusted ? "::1/128" : "2001:db8::/32",
    });

    private static async Task<HttpStatusCode> PostsUntilRefusedAsync(Uri site, string visitor)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 4 && status != HttpStatusCode.TooManyRequests; i++)
        {
            status = (await ThroughProxyAsync(site, HttpMethod.Post, "/connexion", visitor)).StatusCode;
        }

        return status;
    }

    /// <summary>A request as the proxy relays it: the visitor's address and https, for the public host name.</summary>
    private static async Task<HttpResponseMessage> ThroughProxyAsync(Uri site, HttpMethod method, string path, string visitor)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "sirius.example.fr";
        request.Headers.Add("X-Forwarded-For", visitor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@cfa.fr" });
        }

        return await client.SendAsync(request);
    }
}
