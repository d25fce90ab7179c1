using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// A CFA replies to a published testimony from its results page; an administrator publishes the reply; the widget and
/// the open API show it only then. Refusals: a second reply, someone else's testimony, an unpublished one, a forged post.
/// </summary>
public sealed class ReplyPagesTests : SqliteHostTests
{
    private const string Reply = "Merci pour ce retour : l’atelier a été rénové cette année.";

    [Fact]
    public async Task A_CFA_replies_from_its_results_and_the_widget_and_API_show_the_reply_once_an_administrator_published_it()
    {
        var (cfa, campaign, testimony) = await PublishedTestimonyAsync();
        var staff = await Host.SignedInAsync(await EmailOfAsync(cfa));
        var results = $"/espace/resultats?campagnes={campaign.Id}";
        (await (await staff.BrowseAsync(results)).Content.ReadAsStringAsync()).ShouldContain("Répondre au nom de l’établissement");

        var posted = await staff.SubmitAsync(results, new Dictionary<string, string> { ["temoignage"] = testimony.ToString(), ["reponse"] = Reply },
            $"/espace/resultats?handler=Repondre&campagnes={campaign.Id}");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await (await staff.BrowseAsync(posted.Headers.Location!.ToString())).Content.ReadAsStringAsync();
        after.ShouldContain("elle sera publiée à côté du témoignage après modération");
        after.ShouldContain("À modérer");
        (await WidgetAsync(campaign.Siret)).ShouldNotContain("l’atelier a été rénové");
        (await ApiAsync(campaign.Siret, "application/json")).ShouldNotContain("l’atelier a été rénové");

        await Host.AdministratorAsync("moderation@sirius.test");
        var admin = await Host.SignedInAsync("moderation@sirius.test");
        (await (await admin.BrowseAsync("/admin/moderation/reponses")).Content.ReadAsStringAsync()).ShouldContain("l’atelier a été rénové");
        var reply = (await Host.SendAsync(new GetReplyQueue(await Host.ModeratorAsync(), ReplyStatuses.Pending))).Items.ShouldHaveSingleItem().Id;
        var published = await admin.SubmitAsync("/admin/moderation/reponses", new Dictionary<string, string>(),
            $"/admin/moderation/reponses?handler=Publier&statut=a-moderer&p=1&id={reply}");

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var widget = await WidgetAsync(campaign.Siret);
        widget.ShouldContain("Réponse de");
        widget.ShouldContain("l’atelier a été rénové");
        (await ApiAsync(campaign.Siret, "application/json")).ShouldContain("\"reply\":{\"author\":");
        var jsonLd = await ApiAsync(campaign.Siret, "application/ld+json");
        jsonLd.ShouldContain("\"comment\":{\"@type\":\"Comment\",\"text\":\"Merci pour ce retour");
        (await (await staff.BrowseAsync(results)).Content.ReadAsStringAsync()).ShouldContain("Publiée");
    }

    [Fact]
    public async Task A_second_reply_is_refused_with_a_message_and_a_rejection_needs_a_reason()
    {
        var (cfa, campaign, testimony) = await PublishedTestimonyAsync();
        var staff = await Host.SignedInAsync(await EmailOfAsync(cfa));
        var results = $"/espace/resultats?campagnes={campaign.Id}";
        var reply = new Dictionary<string, string> { ["temoignage"] = testimony.ToString(), ["reponse"] = Reply };
        var post = $"/espace/resultats?handler=Repondre&campagnes={campaign.Id}";
        (await staff.SubmitAsync(results, reply, post)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = await staff.SubmitAsync(results, reply, post);

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).ShouldContain("Votre établissement a déjà répondu à ce témoignage");
        (await Host.SendAsync(new GetReplyQueue(await Host.ModeratorAsync(), ReplyStatuses.Pending))).Total.ShouldBe(1);

        await Host.AdministratorAsync("moderation@sirius.test");
        var admin = await Host.SignedInAsync("moderation@sirius.test");
        var id = (await Host.SendAsync(new GetReplyQueue(await Host.ModeratorAsync(), ReplyStatuses.Pending))).Items.Single().Id;
        var refused = await admin.SubmitAsync("/admin/moderation/reponses", new Dictionary<string, string> { [$"motif-{id}"] = "" },
            $"/admin/moderation/reponses?handler=Refuser&statut=a-moderer&p=1&id={id}");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Indiquez le motif du refus.");
        (await Host.SendAsync(new GetReplyQueue(await Host.ModeratorAsync(), ReplyStatuses.Pending))).Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_CFA_empty_reply_is_refused_beside_its_field()
    {
        var (cfa, campaign, testimony) = await PublishedTestimonyAsync();
        var staff = await Host.SignedInAsync(await EmailOfAsync(cfa));

        var empty = await staff.SubmitAsync($"/espace/resultats?campagnes={campaign.Id}",
            new Dictionary<string, string> { ["temoignage"] = testimony.ToString(), ["reponse"] = " " }, $"/espace/resultats?handler=Repondre&campagnes={campaign.Id}");

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await empty.Content.ReadAsStringAsync();
        html.ShouldContain("<a href=\"#Input-Text\">Écrivez votre réponse.</a>");
        html.ShouldContain("id=\"Input-Text\"");
    }

    [Fact]
    public async Task Another_CFA_gets_403_an_unpublished_testimony_404_and_a_post_without_token_400()
    {
        var (_, campaign, testimony) = await PublishedTestimonyAsync();
        var (other, otherCampaign) = await Host.OpenCampaignAsync();
        var intruder = await Host.SignedInAsync(await EmailOfAsync(other));
        var reply = new Dictionary<string, string> { ["temoignage"] = testimony.ToString(), ["reponse"] = Reply };
        var results = $"/espace/resultats?campagnes={otherCampaign.Id}";
        var post = $"/espace/resultats?handler=Repondre&campagnes={otherCampaign.Id}";

        (await intruder.SubmitAsync(results, reply, post)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await intruder.SubmitAsync(results, new Dictionary<string, string> { ["temoignage"] = Guid.NewGuid().ToString(), ["reponse"] = Reply }, post))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostWithoutTokenAsync(post, reply)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Host.SendAsync(new GetReplyQueue(await Host.ModeratorAsync(), ReplyStatuses.Pending))).Total.ShouldBe(0);
        campaign.Siret.ShouldNotBe(otherCampaign.Siret);
    }

    [Fact]
    public async Task The_moderation_queue_filters_by_the_day_received()
    {
        var (_, campaign, _) = await PublishedTestimonyAsync(publish: false);
        await Host.AdministratorAsync("moderation@sirius.test");
        var admin = await Host.SignedInAsync("moderation@sirius.test");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var fromToday = await (await admin.BrowseAsync($"/admin/moderation?siret={campaign.Siret}&du={today}&au={today}")).Content.ReadAsStringAsync();
        var fromTomorrow = await (await admin.BrowseAsync($"/admin/moderation?siret={campaign.Siret}&du={tomorrow}")).Content.ReadAsStringAsync();

        var received = await Host.InDbAsync(db => db.Verbatims.CountAsync(v => v.CampaignId == campaign.Id));
        received.ShouldBeGreaterThanOrEqualTo(3);
        fromToday.ShouldContain($"À modérer ({received})");
        fromToday.ShouldContain($"value=\"{today}\"");
        fromToday.ShouldNotContain("is not valid for PageNumber");
        fromTomorrow.ShouldContain("À modérer (0)");
        fromTomorrow.ShouldContain($"statut=publie&amp;siret={campaign.Siret}&amp;du={tomorrow}");
    }

    private async Task<string> WidgetAsync(string siret) =>
        await (await Host.CreateClient().BrowseAsync($"/widget/etablissement/{siret}")).Content.ReadAsStringAsync();

    private async Task<string> ApiAsync(string siret, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/etablissements/{siret}/temoignages");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await (await Host.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
    }

    /// <summary>A CFA's campaign with three answers (the anonymity threshold); its verbatims published unless told not to.</summary>
    private async Task<(Guid Cfa, CampaignRow Campaign, Guid Testimony)> PublishedTestimonyAsync(bool publish = true)
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await Host.AnswerAsync(campaign.Token);
        }

        await Eventually.HoldsAsync(async () => await Host.InDbAsync(db => db.Verbatims.CountAsync(v => v.CampaignId == campaign.Id)) >= 3, "verbatims received");
        var ids = await Host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign.Id).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync());
        if (publish)
        {
            (await Host.SendAsync(new AcceptSuggestions(await Host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
        }

        return (cfa, campaign, ids[0]);
    }

    private async Task<string> EmailOfAsync(Guid account) => (await Host.SendAsync(new GetAccount(await Host.AdministratorAsync(), account)))!.Email;
}
