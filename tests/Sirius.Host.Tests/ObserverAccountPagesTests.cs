using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Observer (pilot) accounts as an administrator manages them from the back office, on PostgreSQL, with the invitation
/// read from a real SMTP listener.
/// </summary>
public sealed class ObserverAccountPagesTests : IAsyncLifetime
{
    private MailedHost _site = null!;

    private SiriusHost Host => _site.Host;

    public async Task InitializeAsync() => _site = await MailedHost.StartAsync(new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:01",
        ["Outbox:FirstRetryDelay"] = "00:00:01",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_region_scope_must_be_a_region_of_the_reference_list_and_is_shown_by_its_name()
    {
        var observer = await Host.ObserverAsync("pilote-perimetre@region.fr", "national");
        var admin = await AdministratorAsync();
        var page = $"/admin/utilisateurs/{observer}";

        var refused = await admin.SubmitAsync(page, new Dictionary<string, string> { ["kind"] = "region", ["Input.Codes"] = "99" }, page + "?handler=Perimetre");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("<p class=\"fr-error-text\" id=\"Input-Codes-error\">«\u202F99\u202F» n’est pas le code INSEE d’une région (par exemple 84 pour Auvergne-Rhône-Alpes).</p>");

        var saved = await admin.SubmitAsync(page, new Dictionary<string, string> { ["kind"] = "region", ["Input.Codes"] = "84" }, page + "?handler=Perimetre");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await admin.BrowseAsync(page)).Content.ReadAsStringAsync()).ShouldContain("Région Auvergne-Rhône-Alpes");
    }

    [Fact]
    public async Task An_administrator_invites_a_regional_pilot_who_chooses_a_password_from_the_email_and_sees_the_region()
    {
        var admin = await AdministratorAsync();
        (await (await admin.BrowseAsync("/admin/utilisateurs")).Content.ReadAsStringAsync()).ShouldContain("href=\"/admin/utilisateurs/inviter\"");
        const string form = "/admin/utilisateurs/inviter";

        var empty = await (await admin.SubmitAsync(form, Fields("", "", "pas-une-adresse", "84"))).Content.ReadAsStringAsync();
        empty.ShouldContain("id=\"Input-FirstName-error\">Indiquez le prénom de la personne.</p>");
        empty.ShouldContain("id=\"Input-Email-error\">L’adresse électronique n’est pas valide");
        var unknown = await (await admin.SubmitAsync(form, Fields("Inès", "Roux", "ines.roux@region.fr", "99"))).Content.ReadAsStringAsync();
        unknown.ShouldContain("id=\"Input-Scope-error\">«\u202F99\u202F» n’est pas le code INSEE d’une région");

        var invited = await admin.SubmitAsync(form, Fields("Inès", "Roux", "ines.roux@region.fr", "84"));

        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var account = await (await admin.BrowseAsync(invited.Headers.Location!.ToString())).Content.ReadAsStringAsync();
        account.ShouldContain("une invitation est envoyée à ines.roux@region.fr");
        account.ShouldContain("Observateur");
        account.ShouldContain("Région Auvergne-Rhône-Alpes");
        (await (await admin.SubmitAsync(form, Fields("Inès", "Roux", "Ines.Roux@region.fr", "national"))).Content.ReadAsStringAsync())
            .ShouldContain("id=\"Input-Email-error\">Un compte existe déjà avec cette adresse");

        var email = await _site.Smtp.WaitForAsync(m => m.To.Contains("ines.roux@region.fr"));
        email.Subject.ShouldBe("Votre accès au pilotage de Sirius");
        email.TextBody!.ShouldContain("Bonjour Inès,");
        var link = Regex.Match(email.TextBody!, "http://localhost(/compte/nouveau-mot-de-passe[^\\s]+)").Groups[1].Value;
        link.ShouldNotBeEmpty();
        var pilot = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await (await pilot.SubmitAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = Actors.Password }, postUrl: link)).Content.ReadAsStringAsync())
            .ShouldContain("Mot de passe modifié");

        var signedIn = await Host.SignedInAsync("ines.roux@region.fr");
        var pilotage = await (await signedIn.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();
        pilotage.ShouldContain("Périmètre\u202F: <strong>Région Auvergne-Rhône-Alpes</strong>");
    }

    private static Dictionary<string, string> Fields(string firstName, string lastName, string email, string scope) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.Email"] = email,
        ["Input.Scope"] = scope,
    };

    private async Task<HttpClient> AdministratorAsync()
    {
        await Host.AdministratorAsync("admin-observateurs@sirius.test");
        return await Host.SignedInAsync("admin-observateurs@sirius.test");
    }
}
