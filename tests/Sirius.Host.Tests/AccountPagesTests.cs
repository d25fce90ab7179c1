using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The account pages over HTTP: French errors beside the fields, anti-forgery, rate limits, roles.</summary>
public sealed class AccountPagesTests : IAsyncLifetime
{
    private const string Password = "Apprentissage-2026!";
    private SiriusHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(new Dictionary<string, string?> { ["RateLimits:AccountPermitsPerMinute"] = "5" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sign_up_page_shows_French_errors_beside_the_fields()
    {
        var client = Client();

        var response = await client.SubmitAsync("/inscription", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "",
            ["Input.LastName"] = "Curie",
            ["Input.Email"] = "pas-une-adresse",
            ["Input.Password"] = Password,
            ["Input.Profile"] = "cfa",
            ["Input.Sirets"] = "123",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("fr-input-group--error");
        html.ShouldContain("<p class=\"fr-error-text\" id=\"Input-FirstName-error\">Indiquez votre prénom.</p>");
        html.ShouldContain("L’adresse électronique n’est pas valide");
        html.ShouldContain("Le SIRET «\u202F123\u202F» doit comporter 14 chiffres");
        html.ShouldContain("aria-describedby=\"Input-Email-hint Input-Email-error\"");
    }

    [Fact]
    public async Task A_valid_sign_up_leads_to_the_check_your_mailbox_page()
    {
        var establishment = Commands.NewEstablishment();
        await _host.SendAsync(establishment);

        var response = await Client().SubmitAsync("/inscription", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Marie",
            ["Input.LastName"] = "Curie",
            ["Input.Email"] = "marie.curie@cfa.fr",
            ["Input.Password"] = Password,
            ["Input.Profile"] = "cfa",
            ["Input.Sirets"] = establishment.Siret,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/inscription/envoyee");
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var response = await Client().PostWithoutTokenAsync("/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@sirius.test",
            ["Input.Password"] = Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        var client = Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var response = await client.SubmitAsync("/connexion", new Dictionary<string, string>
            {
                ["Input.Email"] = "quelquun@cfa.fr",
                ["Input.Password"] = "Mauvais-mot-de-passe-1",
            });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task An_administrator_signs_in_accepts_the_terms_and_reaches_the_users_page()
    {
        await _host.SendAsync(new EnsureAdministrator("admin@sirius.test", "Alex", "Admin", Password));
        var client = Client();

        var signIn = await client.SubmitAsync("/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@sirius.test",
            ["Input.Password"] = Password,
        });
        signIn.Headers.Location!.ToString().ShouldBe("/espace");
        (await client.BrowseAsync("/admin/utilisateurs")).Headers.Location!.ToString().ShouldBe("/compte/conditions");

        var accepted = await client.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });
        accepted.Headers.Location!.ToString().ShouldBe("/espace");

        var users = await client.BrowseAsync("/admin/utilisateurs");
        users.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await users.Content.ReadAsStringAsync()).ShouldContain("admin@sirius.test");
    }

    [Fact]
    public async Task Back_office_API_calls_without_a_session_get_401()
    {
        var response = await Client().GetAsync("/admin/utilisateurs");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Back_office_pages_send_anonymous_visitors_to_the_sign_in_page()
    {
        var response = await Client().BrowseAsync("/admin/utilisateurs");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/connexion?retour=");
    }

    private HttpClient Client() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
