using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PdfSharp.Pdf.IO;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;
using static Sirius.Testing.PdfContent;

namespace Sirius.Host.Tests;

/// <summary>CFA staff download printable sheets (link + QR code) for their own campaigns only.</summary>
public sealed class SharingKitTests : IAsyncLifetime
{
    private const string PublicUrl = "https://avis.example.gouv.fr";

    private SiriusHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(new Dictionary<string, string?> { ["Sirius:PublicUrl"] = PublicUrl });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task One_campaign_s_kit_is_an_A4_sheet_whose_printed_link_and_QR_code_both_lead_to_the_public_link()
    {
        var (me, _) = await TwoCfasAsync();
        var campaign = await CampaignAsync(me, "Boulanger", "Boulangers 2026 – 1re année");
        var browser = await _host.SignedInAsync("moi@cfa.fr");

        var response = await browser.BrowseAsync($"/espace/campagnes?handler=Kit&campagne={campaign.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe("kit-partage-boulangers-2026-1re-annee.pdf");
        using var pdf = PdfReader.Open(await response.Content.ReadAsStreamAsync(), PdfDocumentOpenMode.Import);
        pdf.PageCount.ShouldBe(1);
        var page = pdf.Pages[0];
        page.Width.Millimeter.ShouldBe(210, tolerance: 0.5);
        page.Height.Millimeter.ShouldBe(297, tolerance: 0.5);
        var link = $"{PublicUrl}/q/{campaign.Token}";
        PrintedStrings(page).ShouldContain(link);
        LinkTargets(page).ShouldBe([link]);
        QrCodes(page).ShouldBe([link]);
    }

    [Fact]
    public async Task A_selection_gives_one_sheet_per_campaign_in_order_and_refuses_a_foreign_or_deleted_campaign()
    {
        var (me, other) = await TwoCfasAsync();
        var first = await CampaignAsync(me, "Maçon", "Maçons");
        var second = await CampaignAsync(me, "Plombier", "Plombiers");
        var deleted = await CampaignAsync(me, "Peintre", "Peintres");
        (await _host.SendAsync(new DeleteCampaign(me.Id, deleted.Id))).IsSuccess.ShouldBeTrue();
        var foreign = await CampaignAsync(other, "Électricien", "Électriciens");
        var browser = await _host.SignedInAsync("moi@cfa.fr");

        var table = await (await browser.BrowseAsync("/espace/campagnes")).Content.ReadAsStringAsync();
        table.ShouldContain($"name=\"campagne\" value=\"{second.Id}\"");
        var kit = await browser.SubmitAsync("/espace/campagnes", Selection(second.Id, first.Id), postUrl: "/espace/campagnes?handler=Kit");

        kit.StatusCode.ShouldBe(HttpStatusCode.OK);
        kit.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        kit.Content.Headers.ContentDisposition!.FileName.ShouldBe("kit-partage-2-campagnes.pdf");
        using var pdf = PdfReader.Open(await kit.Content.ReadAsStreamAsync(), PdfDocumentOpenMode.Import);
        pdf.PageCount.ShouldBe(2);
        string[] links = [$"{PublicUrl}/q/{second.Token}", $"{PublicUrl}/q/{first.Token}"];
        for (var i = 0; i < links.Length; i++)
        {
            PrintedStrings(pdf.Pages[i]).ShouldContain(links[i]);
            QrCodes(pdf.Pages[i]).ShouldBe([links[i]]);
        }

        (await browser.SubmitAsync("/espace/campagnes", Selection(first.Id, foreign.Id), postUrl: "/espace/campagnes?handler=Kit"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.SubmitAsync("/espace/campagnes", Selection(first.Id, deleted.Id), postUrl: "/espace/campagnes?handler=Kit"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.BrowseAsync($"/espace/campagnes?handler=Kit&campagne={first.Id}&campagne=pas-un-identifiant"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var nothingChecked = await browser.SubmitAsync("/espace/campagnes", new Dictionary<string, string>(), postUrl: "/espace/campagnes?handler=Kit");
        nothingChecked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await nothingChecked.Content.ReadAsStringAsync()).ShouldContain("Cochez au moins une campagne pour télécharger son kit de partage.");
    }

    [Fact]
    public async Task Another_CFA_gets_a_404_and_a_visitor_is_sent_to_sign_in()
    {
        var (me, _) = await TwoCfasAsync();
        var campaign = await CampaignAsync(me, "Maçon", "Maçons");
        var url = $"/espace/campagnes?handler=Kit&campagne={campaign.Id}";

        var other = await _host.SignedInAsync("autre@cfa.fr");
        (await other.BrowseAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var visitor = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var anonymous = await visitor.BrowseAsync(url);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.AbsolutePath.ShouldBe("/connexion");
    }

    private async Task<(Staff Me, Staff Other)> TwoCfasAsync()
    {
        var mine = await _host.EstablishmentAsync();
        var theirs = await _host.EstablishmentAsync();
        return (new Staff(await _host.CfaStaffAsync("moi@cfa.fr", mine), mine), new Staff(await _host.CfaStaffAsync("autre@cfa.fr", theirs), theirs));
    }

    /// <summary>A campaign open from today, on a new formation of the staff member's establishment.</summary>
    private async Task<CampaignRow> CampaignAsync(Staff staff, string formationTitle, string name)
    {
        var formation = Events.NewFormation(staff.Siret, title: formationTitle);
        await _host.PublishAsync(formation);
        var version = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await _host.SendAsync(new CreateCampaigns(staff.Id, [new NewCampaign(formation.Key, name, today, today.AddMonths(2), 0, version)]))).IsSuccess.ShouldBeTrue();
        return (await _host.SendAsync(new ListCampaigns(staff.Id))).Single(c => c.Name == name);
    }

    private static Dictionary<string, string> Selection(params Guid[] ids) =>
        ids.Select((id, i) => (Key: $"campagne[{i}]", Value: id.ToString())).ToDictionary(f => f.Key, f => f.Value);

    private sealed record Staff(Guid Id, string Siret);
}
