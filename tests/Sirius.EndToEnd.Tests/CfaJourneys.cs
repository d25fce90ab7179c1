using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// CFA staff from sign-up to exported results in Chromium, on PostgreSQL and Kestrel, with e-mails read from a real
/// SMTP listener: every page of the journey checked with axe.
/// </summary>
public sealed partial class CfaJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string PublicUrl = "http://localhost";
    private const string Email = "lea.martin@cfa-journee.fr";
    private SmtpListener _smtp = null!;
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?>(_smtp.HostSettings())
        {
            ["Sirius:PublicUrl"] = PublicUrl,
            ["Outbox:PollInterval"] = "00:00:01",
        });
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task CFA_staff_signs_up_is_activated_creates_campaigns_shares_them_and_exports_the_results()
    {
        var siret = await _host.EstablishmentAsync();
        await _host.PublishAsync(Events.NewFormation(siret, title: "Cuisine"));
        await _host.PublishAsync(Events.NewFormation(siret, title: "Boulanger"));
        await _host.AdministratorAsync("admin@sirius.test");

        // 1. Sign-up through the form.
        var cfa = await NewPageAsync();
        await cfa.GotoAsync(Url("/inscription"));
        await Browser.CheckAsync(cfa, "cfa-inscription");
        await cfa.GetByLabel("Prénom").FillAsync("Léa");
        await cfa.GetByLabel(LastNameLabel()).FillAsync("Martin");
        await cfa.GetByLabel("Adresse électronique professionnelle").FillAsync(Email);
        await cfa.GetByLabel("Mot de passe").FillAsync(Actors.Password);
        await cfa.Locator("label[for=profil-cfa]").ClickAsync();
        await cfa.GetByLabel("SIRET de votre ou vos établissements", new() { Exact = false }).FillAsync(siret);
        await cfa.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await cfa.ArriveAtAsync("**/inscription/envoyee");
        await Browser.CheckAsync(cfa, "cfa-inscription-envoyee");

        // 2. The confirmation link of the e-mail, opened in the browser.
        var confirmation = await _smtp.WaitForAsync(m => m.To.Contains(Email), TimeSpan.FromSeconds(30));
        confirmation.Subject.ShouldBe("Confirmez votre adresse électronique");
        await cfa.GotoAsync(Url(PathOfLink(confirmation.TextBody!, "/compte/confirmer")));
        await Browser.CheckAsync(cfa, "cfa-confirmer");
        await cfa.GetByRole(AriaRole.Button, new() { Name = "Confirmer mon adresse" }).ClickAsync();
        await cfa.GetByRole(AriaRole.Heading, new() { Name = "Adresse confirmée" }).WaitForAsync();
        await Browser.CheckAsync(cfa, "cfa-adresse-confirmee");

        // 3. An administrator, in a browser of their own, activates the account.
        var admin = await browser.SignedInPageAsync(_site, "admin@sirius.test");
        await admin.GotoAsync(Url("/admin/utilisateurs?statut=en-attente-activation"));
        await Browser.CheckAsync(admin, "admin-comptes-a-activer");
        await admin.Locator("main table").GetByRole(AriaRole.Link, new() { Name = "Léa Martin" }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Léa Martin", Level = 1 }).WaitForAsync();
        (await admin.Locator("main").InnerTextAsync()).ShouldContain(siret);
        await Browser.CheckAsync(admin, "admin-compte-a-activer");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Activer le compte" }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).GetByText("Compte activé.").WaitForAsync();
        await Browser.CheckAsync(admin, "admin-compte-active");
        await _smtp.WaitForAsync(m => m.To.Contains(Email) && m.Subject == "Votre compte Sirius est activé", TimeSpan.FromSeconds(30));

        // 4. The CFA signs in, accepts the terms and creates a campaign for each of its formations.
        await cfa.GotoAsync(Url("/connexion"));
        await cfa.GetByLabel("Adresse électronique").FillAsync(Email);
        await cfa.GetByLabel("Mot de passe").FillAsync(Actors.Password);
        await cfa.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await cfa.ArriveAtAsync("**/compte/conditions");
        await Browser.CheckAsync(cfa, "cfa-conditions");
        await cfa.Locator("label[for=accepte]").ClickAsync();
        await cfa.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await cfa.ArriveAtAsync("**/espace");
        await Browser.CheckAsync(cfa, "cfa-espace");
        await cfa.GotoAsync(Url("/espace/campagnes/nouvelles"));
        await cfa.Locator("#ligne-1-titre").WaitForAsync();
        await Browser.CheckAsync(cfa, "cfa-campagnes-nouvelles");
        foreach (var choice in await cfa.Locator("table tbody input[type=checkbox]").AllAsync())
        {
            await choice.CheckAsync(new() { Force = true });
        }

        await cfa.GetByRole(AriaRole.Button, new() { NameRegex = CreateButton() }).First.ClickAsync();
        await cfa.ArriveAtAsync(u => new Uri(u).AbsolutePath == "/espace/campagnes");
        await Browser.CheckAsync(cfa, "cfa-campagnes");
        var account = (await _host.SendAsync(new ListAccounts(await _host.AdministratorAsync(), null, null, Email))).Rows.ShouldHaveSingleItem();
        (account.Role, account.Status, account.SiretCount).ShouldBe((Roles.Establishment, AccountStatuses.Active, 1));
        var campaigns = await _host.SendAsync(new ListCampaigns(account.Id));
        campaigns.Count.ShouldBe(2);

        // 5. The sharing kit of both campaigns: one sheet each, whose QR code holds the campaign's public link.
        foreach (var choice in await cfa.Locator("table tbody input[form=kit]").AllAsync())
        {
            await choice.CheckAsync(new() { Force = true });
        }

        var kit = await cfa.RunAndWaitForDownloadAsync(() => cfa.GetByRole(AriaRole.Button, new() { NameRegex = KitButton() }).ClickAsync());
        kit.SuggestedFilename.ShouldBe("kit-partage-2-campagnes.pdf");
        List<string> links;
        using (var pdf = PdfReader.Open(await kit.PathAsync(), PdfDocumentOpenMode.Import))
        {
            pdf.PageCount.ShouldBe(2);
            links = [.. Enumerable.Range(0, pdf.PageCount).Select(i => PdfContent.QrCodes(pdf.Pages[i]).ShouldHaveSingleItem())];
            for (var i = 0; i < links.Count; i++)
            {
                PdfContent.PrintedStrings(pdf.Pages[i]).ShouldContain(links[i]);
            }
        }

        links.ShouldBe(campaigns.Select(c => $"{PublicUrl}/q/{c.Token}"), ignoreOrder: true);

        // 6. An apprentice answers through the QR code's link in a browser; two more through the module's commands.
        var campaign = campaigns.Single(c => links[0].EndsWith("/q/" + c.Token, StringComparison.Ordinal));
        var apprentice = await NewPageAsync();
        await apprentice.GotoAsync(Url(new Uri(links[0]).AbsolutePath));
        await Browser.CheckAsync(apprentice, "apprenti-accueil");
        await apprentice.GetByRole(AriaRole.Link, new() { Name = "Commencer le questionnaire" }).ClickAsync();
        await apprentice.ArriveAtAsync("**/questions/1");
        await Browser.CheckAsync(apprentice, "apprenti-question-1");
        for (var step = 0; step < 100 && !apprentice.Url.EndsWith("/merci", StringComparison.Ordinal); step++)
        {
            await QuestionnairePages.AnswerWithFirstChoicesAsync(apprentice);
        }

        await Browser.CheckAsync(apprentice, "apprenti-merci");
        await _host.AnswerAsync(campaign.Token);
        await _host.AnswerAsync(campaign.Token);

        await cfa.GotoAsync(Url("/espace/campagnes"));
        await cfa.GetByRole(AriaRole.Link, new() { Name = $"Résultats de « {campaign.Name} »" }).ClickAsync();
        await cfa.Locator("canvas").First.WaitForAsync();
        (await cfa.Locator(".sirius-counters").First.InnerTextAsync()).ShouldMatch(@"(^|\s)3\s+réponse\(s\)");
        await Browser.CheckAsync(cfa, "cfa-resultats");
        var export = await cfa.RunAndWaitForDownloadAsync(() => cfa.GetByRole(AriaRole.Link, new() { Name = "Télécharger (Excel)" }).ClickAsync());
        export.SuggestedFilename.ShouldEndWith(".xlsx");
        using var workbook = SpreadsheetDocument.Open(await export.PathAsync(), false);
        Rows(workbook, "Synthèse").ShouldContain(r => r.SequenceEqual(new[] { "Réponses", "3" }));
    }

    private string Url(string path) => new Uri(_site, path).ToString();

    private Task<IPage> NewPageAsync() => browser.NewPageAsync();

    /// <summary>The path and query of the link to <paramref name="path"/> in an e-mail, to open on the test's site.</summary>
    private static string PathOfLink(string text, string path)
    {
        var match = Regex.Match(text, Regex.Escape(PublicUrl) + "(" + Regex.Escape(path) + @"[^\s]+)");
        match.Success.ShouldBeTrue($"a link to {path} in: {text}");
        return match.Groups[1].Value;
    }

    /// <summary>The cells of the sheet named <paramref name="name"/>, as text, row by row.</summary>
    private static List<List<string>> Rows(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }

    /// <summary>The « Nom » field, not « Prénom » (a required field's label ends with an asterisk hidden from screen readers).</summary>
    [GeneratedRegex(@"^Nom( \*)?$")]
    private static partial Regex LastNameLabel();

    [GeneratedRegex("Créer")]
    private static partial Regex CreateButton();

    [GeneratedRegex("kit de partage")]
    private static partial Regex KitButton();
}
