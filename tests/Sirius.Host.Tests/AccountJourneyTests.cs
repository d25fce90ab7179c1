using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// CFA staff sign up through the pages, on PostgreSQL, with e-mails read from a real SMTP listener:
/// confirmation, activation by an administrator, sign-in, terms; and a password reset.
/// </summary>
public sealed partial class AccountJourneyTests : IAsyncLifetime
{
    private const string Password = "Apprentissage-2026!";
    private SmtpListener _smtp = null!;
    private SiriusHost _host = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableTls"] = "false",
            ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.test",
            ["Sirius:PublicUrl"] = "http://localhost",
            ["Outbox:PollInterval"] = "00:00:01",
            ["Outbox:FirstRetryDelay"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task CFA_staff_signs_up_confirms_by_email_is_activated_then_signs_in()
    {
        var establishment = Commands.NewEstablishment();
        await _host.SendAsync(establishment);
        await _host.SendAsync(new EnsureAdministrator("admin@sirius.test", "Alex", "Admin", Password));
        var visitor = Client();

        (await visitor.SubmitAsync("/inscription", SignUpFields("lea.martin@cfa.fr", establishment.Siret))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var confirmation = await _smtp.WaitForAsync(m => m.To.Contains("lea.martin@cfa.fr"));
        confirmation.Subject.ShouldBe("Confirmez votre adresse électronique");
        confirmation.TextBody!.ShouldContain("Bonjour Léa,");
        var link = LinkIn(confirmation.TextBody!, "/compte/confirmer");
        var confirmed = await visitor.SubmitAsync(link, new Dictionary<string, string>(), postUrl: link);
        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("Adresse confirmée");

        var refused = await visitor.SubmitAsync("/connexion", SignInFields("lea.martin@cfa.fr"));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("attend la validation d’un administrateur");

        var notice = await _smtp.WaitForAsync(m => m.To.Contains("admin@sirius.test"));
        notice.Subject.ShouldBe("Un compte attend votre activation\u202F: Léa Martin");
        notice.TextBody!.ShouldContain("Bonjour Alex,");
        notice.TextBody!.ShouldContain("Léa Martin (lea.martin@cfa.fr) a demandé un compte Sirius pour");
        notice.TextBody!.ShouldContain($"(SIRET {establishment.Siret})");
        var accountPage = LinkIn(notice.TextBody!, "/admin/utilisateurs/");
        var admin = await SignedInAdministratorAsync();
        (await (await admin.BrowseAsync(accountPage)).Content.ReadAsStringAsync()).ShouldContain("Activer");
        var users = await (await admin.BrowseAsync("/admin/utilisateurs?statut=en-attente-activation")).Content.ReadAsStringAsync();
        AccountLink().Match(users).Groups[1].Value.ShouldBe(accountPage, "the e-mail links to the waiting account's page");
        (await visitor.SubmitAsync(link, new Dictionary<string, string>(), postUrl: link)).StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        (await admin.SubmitAsync(accountPage, new Dictionary<string, string>(), postUrl: accountPage + "?handler=Activer")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var activated = await _smtp.WaitForAsync(m => m.To.Contains("lea.martin@cfa.fr") && m.Subject == "Votre compte Sirius est activé");
        activated.HtmlBody!.ShouldContain("http://localhost/connexion");
        var signIn = await visitor.SubmitAsync("/connexion", SignInFields("lea.martin@cfa.fr"));
        signIn.Headers.Location!.ToString().ShouldBe("/espace");
        (await visitor.BrowseAsync("/espace")).Headers.Location!.ToString().ShouldBe("/compte/conditions");
        await Task.Delay(TimeSpan.FromSeconds(3));
        _smtp.Messages.Count(m => m.To.Contains("admin@sirius.test")).ShouldBe(1, "one notice per waiting account, whatever the page views and a second confirmation");
    }

    [Fact]
    public async Task A_password_reset_link_arrives_by_email_works_once_and_ends_the_open_sessions()
    {
        await _host.SendAsync(new EnsureAdministrator("oubli@sirius.test", "Sam", "Oubli", Password));
        var forgotten = await _host.SignedInAsync("oubli@sirius.test");
        (await forgotten.BrowseAsync("/espace")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var visitor = Client();

        await visitor.SubmitAsync("/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = "oubli@sirius.test" });
        var email = await _smtp.WaitForAsync(m => m.To.Contains("oubli@sirius.test"));
        var link = LinkIn(email.TextBody!, "/compte/nouveau-mot-de-passe");

        var first = await visitor.SubmitAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "Un-nouveau-mot-2026!" }, postUrl: link);
        (await first.Content.ReadAsStringAsync()).ShouldContain("Mot de passe modifié");
        var second = await visitor.SubmitAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "Encore-un-autre-2026!" }, postUrl: link);
        (await second.Content.ReadAsStringAsync()).ShouldContain("n’est pas valide ou a déjà servi");
        (await _host.SendAsync(new SignIn("oubli@sirius.test", "Un-nouveau-mot-2026!"))).Succeeded.ShouldBeTrue();
        (await forgotten.BrowseAsync("/espace")).Headers.Location!.ToString().ShouldContain("/connexion");
    }

    [Fact]
    public async Task An_email_refused_by_the_SMTP_server_is_sent_again_later()
    {
        await _host.SendAsync(new EnsureAdministrator("retry@sirius.test", "Rémi", "Essai", Password));
        _smtp.RefuseNext(1, 451);

        await _host.SendAsync(new RequestPasswordReset("retry@sirius.test"));

        var email = await _smtp.WaitForAsync(m => m.To.Contains("retry@sirius.test"), TimeSpan.FromSeconds(30));
        email.Subject.ShouldBe("Réinitialisation de votre mot de passe");
        _smtp.RefusedCount.ShouldBe(1);
        _smtp.Messages.Count(m => m.To.Contains("retry@sirius.test")).ShouldBe(1);
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_sends_nothing_and_looks_the_same()
    {
        var visitor = Client();

        var response = await visitor.SubmitAsync("/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = "personne@nulle-part.fr" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Si un compte existe pour cette adresse");
        await Task.Delay(1500);
        _smtp.Messages.ShouldNotContain(m => m.To.Contains("personne@nulle-part.fr"));
    }

    private async Task<HttpClient> SignedInAdministratorAsync()
    {
        var admin = Client();
        (await admin.SubmitAsync("/connexion", SignInFields("admin@sirius.test"))).Headers.Location!.ToString().ShouldBe("/espace");
        await admin.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });
        return admin;
    }

    private HttpClient Client() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> SignUpFields(string email, string siret) => new()
    {
        ["Input.FirstName"] = "Léa",
        ["Input.LastName"] = "Martin",
        ["Input.Email"] = email,
        ["Input.Password"] = Password,
        ["Input.Profile"] = "cfa",
        ["Input.Sirets"] = siret,
    };

    private static Dictionary<string, string> SignInFields(string email) => new() { ["Input.Email"] = email, ["Input.Password"] = Password };

    private static string LinkIn(string text, string path)
    {
        var match = Regex.Match(text, "http://localhost(" + Regex.Escape(path) + "[^\\s]+)");
        match.Success.ShouldBeTrue($"a link to {path} in: {text}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("href=\"(/admin/utilisateurs/[0-9a-f-]{36})\"")]
    private static partial Regex AccountLink();
}
