using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Every session of an account ends at once when its password changes, when it signs out, when it is deactivated or its
/// role changes; a cookie copied before a sign-out opens nothing afterwards.
/// </summary>
public sealed class SessionEndTests : IAsyncLifetime
{
    private const string NewPassword = "Un-autre-mot-de-passe-2026!";
    private SiriusHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_the_one_that_changed_it()
    {
        await _host.CfaStaffAsync("deux.navigateurs@cfa.fr");
        var first = await _host.SignedInAsync("deux.navigateurs@cfa.fr");
        var second = await _host.SignedInAsync("deux.navigateurs@cfa.fr");
        await ShouldBeSignedInAsync(second);

        var changed = await first.SubmitAsync("/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Actors.Password,
            ["Input.NewPassword"] = NewPassword,
        });

        (await changed.Content.ReadAsStringAsync()).ShouldContain("Votre mot de passe a été modifié");
        await ShouldBeSignedOutAsync(second);
        await ShouldBeSignedInAsync(first);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_opens_nothing_afterwards()
    {
        await _host.CfaStaffAsync("copie@cfa.fr");
        var (browser, cookie) = await SignedInWithCookieAsync("copie@cfa.fr");
        await ShouldBeSignedInAsync(Replaying(cookie));

        (await browser.SubmitAsync("/deconnexion", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await ShouldBeSignedOutAsync(Replaying(cookie));
    }

    [Fact]
    public async Task Signing_out_ends_the_sessions_of_the_account_in_other_browsers()
    {
        await _host.CfaStaffAsync("partout@cfa.fr");
        var first = await _host.SignedInAsync("partout@cfa.fr");
        var second = await _host.SignedInAsync("partout@cfa.fr");

        await first.SubmitAsync("/deconnexion", new Dictionary<string, string>());

        await ShouldBeSignedOutAsync(second);
    }

    [Fact]
    public async Task Deactivation_ends_the_sessions_of_the_account_at_once()
    {
        var account = await _host.CfaStaffAsync("desactive@cfa.fr");
        var session = await _host.SignedInAsync("desactive@cfa.fr");
        await ShouldBeSignedInAsync(session);

        (await _host.SendAsync(new DeactivateAccount(await _host.AdministratorAsync(), account))).IsSuccess.ShouldBeTrue();

        await ShouldBeSignedOutAsync(session);
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_of_the_account_at_once()
    {
        var account = await _host.CfaStaffAsync("nouveau.role@cfa.fr");
        var session = await _host.SignedInAsync("nouveau.role@cfa.fr");
        (await session.BrowseAsync("/espace/campagnes")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _host.SendAsync(new ChangeAccountRole(await _host.AdministratorAsync(), account, Roles.Observer))).IsSuccess.ShouldBeTrue();

        await ShouldBeSignedOutAsync(session);
    }

    private async Task<(HttpClient Browser, string Cookie)> SignedInWithCookieAsync(string email)
    {
        var browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await browser.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Actors.Password });
        var accepted = await browser.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });
        var cookie = accepted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sirius=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>Another machine sending a copy of the cookie.</summary>
    private HttpClient Replaying(string cookie)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task ShouldBeSignedInAsync(HttpClient client) =>
        (await client.BrowseAsync("/espace")).StatusCode.ShouldBe(HttpStatusCode.OK);

    private static async Task ShouldBeSignedOutAsync(HttpClient client)
    {
        var response = await client.BrowseAsync("/espace");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/connexion");
    }
}
