using System.Net;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>CFA staff create and manage campaigns through the pages; another CFA sees none of them.</summary>
public sealed class CampaignPagesTests : SqliteHostTests
{
    [Fact]
    public async Task A_CFA_creates_campaigns_in_bulk_edits_one_in_its_form_and_deletes_it_once_confirmed_while_another_CFA_sees_nothing()
    {
        var mine = await Host.EstablishmentAsync();
        var theirs = await Host.EstablishmentAsync();
        var me = await Host.CfaStaffAsync("moi@cfa.fr", mine);
        await Host.CfaStaffAsync("autre@cfa.fr", theirs);
        await Host.PublishAsync(Events.NewFormation(mine, title: "Maçon"));
        await Host.PublishAsync(Events.NewFormation(mine, title: "Plombier", diploma: "BP"));
        await Host.PublishAsync(Events.NewFormation(theirs, title: "Électricien"));
        var version = (await Host.SendAsync(new ListUsableVersions(await Host.AdministratorAsync())))[0].Id;
        var browser = await Host.SignedInAsync("moi@cfa.fr");
        var today = DateOnly.FromDateTime(DateTime.Now);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var other = await Host.SignedInAsync("autre@cfa.fr");

        var offer = await (await browser.BrowseAsync("/espace/campagnes/nouvelles")).Content.ReadAsStringAsync();
        offer.ShouldContain("Maçon");
        offer.ShouldContain("Plombier");
        offer.ShouldNotContain("Électricien");
        (await (await browser.BrowseAsync("/espace/campagnes/nouvelles?diplome=BP")).Content.ReadAsStringAsync()).ShouldNotContain("Maçon");

        var created = await browser.SubmitAsync("/espace/campagnes/nouvelles", new Dictionary<string, string>
        {
            ["Input.VersionId"] = version.ToString(),
            ["Input.Rows[0].Key"] = (await Host.SendAsync(new ListCampaignFormations(me, Search: "Maçon"))).Single().Key,
            ["Input.Rows[0].Selected"] = "true",
            ["Input.Rows[0].Name"] = "Maçons 2026",
            ["Input.Rows[0].StartDate"] = Day(0),
            ["Input.Rows[0].EndDate"] = Day(60),
            ["Input.Rows[0].Seats"] = "10",
        });
        created.Headers.Location!.ToString().ShouldBe("/espace/campagnes");

        var table = await (await browser.BrowseAsync("/espace/campagnes")).Content.ReadAsStringAsync();
        table.ShouldContain("<strong>Maçons 2026</strong>");
        table.ShouldContain("0 (0\u202F%)");
        table.ShouldContain("/q/");
        (await (await other.BrowseAsync("/espace/campagnes")).Content.ReadAsStringAsync()).ShouldNotContain("Maçons 2026");

        var campaign = (await Host.SendAsync(new ListCampaigns(me))).Single();
        var form = await (await browser.BrowseAsync($"/espace/campagnes?modifier={campaign.Id}")).Content.ReadAsStringAsync();
        form.ShouldContain("Modifier «\u202FMaçons 2026\u202F»");
        form.ShouldContain($"value=\"{Day(60)}\"");
        var edit = $"/espace/campagnes?handler=Modifier&campagne={campaign.Id}";
        var refused = await (await browser.SubmitAsync("/espace/campagnes", Row("Maçons", Day(10), Day(5)), postUrl: edit)).Content.ReadAsStringAsync();
        refused.ShouldContain("La date de fin doit être postérieure ou égale à la date de début.");
        refused.ShouldContain("aria-describedby=\"Input-EndDate-hint Input-EndDate-error\"");
        var past = await (await browser.SubmitAsync("/espace/campagnes", Row("Maçons", Day(-10), Day(-1)), postUrl: edit)).Content.ReadAsStringAsync();
        past.ShouldContain("<p class=\"fr-error-text\" id=\"Input-EndDate-error\">La date de fin est passée\u202F: choisissez aujourd’hui ou une date à venir.</p>");
        (await other.SubmitAsync("/espace/campagnes", Row("Piratée", Day(0), Day(30)), postUrl: edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.SubmitAsync("/espace/campagnes", Row("Maçons (1re année)", Day(0), Day(90)), postUrl: edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Host.SendAsync(new ListCampaigns(me))).Single().Name.ShouldBe("Maçons (1re année)");

        var confirmation = await (await browser.BrowseAsync($"/espace/campagnes?supprimer={campaign.Id}")).Content.ReadAsStringAsync();
        confirmation.ShouldContain("Supprimer «\u202FMaçons (1re année)\u202F»\u202F?");
        (await Host.SendAsync(new ListCampaigns(me))).ShouldHaveSingleItem();
        await browser.SubmitAsync("/espace/campagnes", new Dictionary<string, string>(), postUrl: $"/espace/campagnes?handler=Supprimer&campagne={campaign.Id}");
        (await Host.SendAsync(new ListCampaigns(me))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_public_link_shows_the_formation_and_the_notice_or_why_it_is_closed()
    {
        var siret = await Host.EstablishmentAsync();
        var cfa = await Host.CfaStaffAsync("lien@cfa.fr", siret);
        var formation = Events.NewFormation(siret, title: "Boulanger");
        await Host.PublishAsync(formation);
        var version = (await Host.SendAsync(new ListUsableVersions(await Host.AdministratorAsync())))[0].Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, "Ouverte", today.AddDays(-1), today.AddDays(30), 0, version)]));
        var open = (await Host.SendAsync(new ListCampaigns(cfa))).Single();
        var visitor = Host.CreateClient();

        var landing = await (await visitor.BrowseAsync($"/q/{open.Token}")).Content.ReadAsStringAsync();
        landing.ShouldContain("Boulanger (CAP)");
        landing.ShouldContain("5 à 10 minutes");
        landing.ShouldContain("anonymisées");

        await Host.SendAsync(new UpdateCampaign(cfa, open.Id, "Plus tard", today.AddDays(3), today.AddDays(30), 0));
        (await (await visitor.BrowseAsync($"/q/{open.Token}")).Content.ReadAsStringAsync()).ShouldContain("Ce questionnaire ouvrira le");
        (await visitor.BrowseAsync("/q/AAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_CFA_account_without_SIRET_sees_empty_campaign_pages_and_no_one_s_sharing_kit()
    {
        var siret = await Host.EstablishmentAsync();
        var cfa = await Host.CfaStaffAsync("avec-siret@cfa.fr", siret);
        var formation = Events.NewFormation(siret, title: "Boulanger");
        await Host.PublishAsync(formation);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var version = (await Host.SendAsync(new ListUsableVersions(cfa)))[0].Id;
        await Host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, "Boulangers", today, today.AddDays(30), 0, version)]));
        var campaign = (await Host.SendAsync(new ListCampaigns(cfa))).Single();
        await Host.CfaStaffAsync("sans-siret@cfa.fr");
        var browser = await Host.SignedInAsync("sans-siret@cfa.fr");

        var list = await browser.BrowseAsync("/espace/campagnes");
        var offer = await browser.BrowseAsync("/espace/campagnes/nouvelles");

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync()).ShouldNotContain("Boulangers");
        offer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await offer.Content.ReadAsStringAsync()).ShouldNotContain("Boulanger");
        (await browser.BrowseAsync($"/espace/campagnes?handler=Kit&campagne={campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> Row(string name, string start, string end) => new()
    {
        ["Input.Name"] = name,
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.Seats"] = "10",
    };
}
