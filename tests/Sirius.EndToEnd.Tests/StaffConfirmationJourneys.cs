using System.Text;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// What staff can destroy asks first, in Chromium: an apprentice taken off a roster (with its undo), an account
/// deactivated, a SIRET detached. Every page met is checked (<see cref="Browser.CheckAsync"/>, both sizes) and its typography.
/// </summary>
public sealed class StaffConfirmationJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CFA_staff_remove_an_apprentice_after_confirming_then_undo_it()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync(cfaEmail: "retrait@cfa-journee.fr");
        using (var roster = new MemoryStream(Encoding.UTF8.GetBytes("prenom;nom;courriel\nLéa;Dupont;lea.dupont@example.fr\nPaul;Durand;paul.durand@example.fr")))
        {
            (await _host.SendAsync(new ImportRoster(cfa, campaign.Id, "liste.csv", roster))).Value.Imported.ShouldBe(2);
        }

        var page = await browser.SignedInPageAsync(_site, "retrait@cfa-journee.fr");
        await page.GotoAsync(new Uri(_site, "/espace/campagnes").ToString());
        await page.Locator($"a[href='/espace/campagnes/{campaign.Id}/apprentis']").First.ClickAsync();
        await Check(page, "apprentis-liste");

        await page.GetByRole(AriaRole.Link, new() { Name = "Retirer Léa Dupont de la liste" }).ClickAsync();
        await page.Locator("#retirer").GetByText("Retirer Léa Dupont de la liste").WaitForAsync();
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.Lines.ShouldBe(2, "asking is not removing");
        await Check(page, "apprentis-retrait-confirmation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer de la liste" }).ClickAsync();
        await page.GetByText("Léa Dupont a été retiré(e) de la liste").WaitForAsync();
        (await page.Locator("main table").InnerTextAsync()).ShouldNotContain("lea.dupont@example.fr");
        await Check(page, "apprentis-retrait-fait");

        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler le retrait" }).ClickAsync();
        await page.GetByText("Léa Dupont est de nouveau sur la liste.").WaitForAsync();
        (await page.Locator("main table").InnerTextAsync()).ShouldContain("lea.dupont@example.fr");
        await Check(page, "apprentis-retrait-annule");
    }

    [Fact]
    public async Task An_administrator_confirms_before_deactivating_an_account_or_detaching_a_SIRET()
    {
        await _host.AdministratorAsync("confirmations@sirius.test");
        var siret = await _host.EstablishmentAsync();
        var staff = await _host.CfaStaffAsync("compte-a-desactiver@cfa.fr", siret);
        var page = await browser.SignedInPageAsync(_site, "confirmations@sirius.test");
        await page.GotoAsync(new Uri(_site, $"/admin/utilisateurs/{staff}").ToString());
        await Check(page, "utilisateur-fiche");

        await page.GetByRole(AriaRole.Link, new() { Name = "Désactiver le compte" }).ClickAsync();
        await page.Locator("#desactiver").WaitForAsync();
        await Check(page, "utilisateur-desactivation-confirmation");
        await page.Locator("#desactiver").GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
        await page.Locator("#desactiver").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await page.GetByRole(AriaRole.Link, new() { Name = $"Retirer le SIRET {siret}" }).ClickAsync();
        await page.Locator($"#retirer-{siret}").WaitForAsync();
        await Check(page, "utilisateur-siret-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Retirer le SIRET {siret}" }).ClickAsync();
        await page.GetByText("SIRET retiré.").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Désactiver le compte" }).ClickAsync();
        await page.Locator("#desactiver").GetByRole(AriaRole.Button, new() { Name = "Désactiver le compte" }).ClickAsync();
        await page.GetByText("Compte désactivé.").WaitForAsync();
        await Check(page, "utilisateur-desactive");
    }

    private static async Task Check(IPage page, string name)
    {
        await Browser.CheckAsync(page, name);
        await Browser.CheckFrenchTypographyAsync(page, name);
    }
}
