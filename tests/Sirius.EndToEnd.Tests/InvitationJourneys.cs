using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>Personal invitations in Chromium: a CFA uploads its roster, an apprentice answers through the link of their e-mail.</summary>
public sealed partial class InvitationJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private SmtpListener _smtp = null!;
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?>(_smtp.HostSettings())
        {
            ["Invitations:Schedule"] = Sirius.Testing.Jobs.NeverScheduled,
            ["Sirius:PublicUrl"] = "http://localhost",
        });
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_CFA_uploads_its_roster_and_an_apprentice_answers_through_their_personal_link()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync(cfaEmail: "listes@cfa.fr");
        var staff = await browser.SignedInPageAsync(_site, "listes@cfa.fr");
        await staff.GotoAsync(new Uri(_site, $"/espace/campagnes/{campaign.Id}/apprentis").ToString());
        await Browser.CheckAsync(staff, "apprentis");
        var file = Path.Combine(Path.GetTempPath(), $"liste-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "prenom;nom;courriel\nLéa;Dupont;lea.dupont@example.fr\n", new UTF8Encoding(true));
        await staff.Locator("#fichier").SetInputFilesAsync(file);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Importer la liste" }).ClickAsync();
        await staff.Locator(".fr-alert--success").WaitForAsync();
        (await staff.Locator("main").InnerTextAsync()).ShouldContain("lea.dupont@example.fr");
        await Browser.CheckAsync(staff, "apprentis-importes");
        File.Delete(file);

        var contracts = Path.Combine(Path.GetTempPath(), $"contrats-{Guid.NewGuid():N}.csv");
        var cfd = (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Cfd;
        await File.WriteAllTextAsync(contracts, $"cfd;siret;courriel\n{cfd};{campaign.Siret};paul.durand@example.fr\n", new UTF8Encoding(true));
        await staff.Locator("#contrats").SetInputFilesAsync(contracts);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Importer les contrats" }).ClickAsync();
        await staff.Locator("#contrats-erreur").WaitForAsync();
        (await staff.Locator("#contrats-erreur").InnerTextAsync()).ShouldContain("date_debut, date_fin");
        await Browser.CheckAsync(staff, "apprentis-contrats-refuses");
        File.Delete(contracts);

        await _host.RunJobAsync("questionnaires", "roster-invitations");
        var email = await _smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr"));
        var token = LinkToken().Match(email.TextBody!).Groups[1].Value;
        var apprentice = await browser.NewPageAsync();
        await apprentice.GotoAsync(new Uri(_site, "/invitation/" + token).ToString());
        (await apprentice.Locator("main").InnerTextAsync()).ShouldContain("invitation personnelle");
        await Browser.CheckAsync(apprentice, "invitation");
        await apprentice.GetByRole(AriaRole.Link, new() { Name = "Commencer le questionnaire" }).ClickAsync();
        for (var step = 0; step < 100 && !apprentice.Url.EndsWith("/merci", StringComparison.Ordinal); step++)
        {
            await QuestionnairePages.AnswerWithFirstChoicesAsync(apprentice);
        }

        (await apprentice.Locator("main").InnerTextAsync()).ShouldContain("Merci");
        var roster = (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Counts.ShouldBe(new RosterCounts(1, 1, 1, 1));
        var results = (await _host.SendAsync(new GetCampaignResults(cfa, [campaign.Id]))).Value;
        (results.Responses, results.VerifiedResponses).ShouldBe((1, 1));

        await apprentice.GotoAsync(new Uri(_site, "/invitation/" + token).ToString());
        (await apprentice.Locator("main").InnerTextAsync()).ShouldContain("déjà servi");
        await Browser.CheckAsync(apprentice, "invitation-deja-utilisee");
    }

    [GeneratedRegex("http://localhost/invitation/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();
}
