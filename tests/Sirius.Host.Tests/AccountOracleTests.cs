using System.Net;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Sign-in tells nothing about whether an address has an account, and repeated failures slow their sender down
/// without locking the owner out (ADR 0019). On Kestrel behind a trusted local proxy, so that visitors have addresses.
/// </summary>
public sealed class AccountOracleTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(new Dictionary<string, string?>
        {
            ["RateLimits:AccountPermitsPerMinute"] = "1000",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["ForwardedHeaders:KnownProxies:1"] = "::1",
        });
        _site = _host.StartOnKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Repeated_wrong_passwords_get_the_same_answers_for_a_known_and_an_unknown_address()
    {
        await _host.CfaStaffAsync("existe@cfa.fr");

        var known = await RefusalsAsync(Visitor("203.0.113.20"), "existe@cfa.fr");
        var unknown = await RefusalsAsync(Visitor("203.0.113.21"), "n-existe-pas@cfa.fr");

        known.ShouldBe(unknown);
        known.ShouldNotContain(r => r.Contains("verrouillé", StringComparison.Ordinal));
        known.Last().ShouldContain("Trop de tentatives pour cette adresse électronique");
    }

    [Fact]
    public async Task Failures_from_one_address_do_not_keep_the_owner_out()
    {
        await _host.CfaStaffAsync("cible@cfa.fr");
        await RefusalsAsync(Visitor("203.0.113.30"), "cible@cfa.fr", attempts: 12);

        var owner = await Visitor("198.51.100.7").SubmitAsync("/connexion", Fields("cible@cfa.fr", Actors.Password));

        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        owner.Headers.Location!.ToString().ShouldBe("/espace");
    }

    private async Task<List<string>> RefusalsAsync(HttpClient visitor, string email, int attempts = 5)
    {
        var refusals = new List<string>();
        for (var i = 0; i < attempts; i++)
        {
            var html = await (await visitor.SubmitAsync("/connexion", Fields(email, "Mauvais-mot-de-passe-1"))).Content.ReadAsStringAsync();
            var summary = System.Text.RegularExpressions.Regex.Match(html, "<li>([^<]*(?:incorrect|tentatives)[^<]*)</li>");
            summary.Success.ShouldBeTrue(html);
            refusals.Add(WebUtility.HtmlDecode(summary.Groups[1].Value));
        }

        return refusals;
    }

    private HttpClient Visitor(string address)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _site,
        };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Dictionary<string, string> Fields(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };
}
