using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Testimonies from moderation to the public, in Chromium: a partner site on another origin embeds the widget; an
/// administrator moderates verbatims one by one and in bulk; a CFA replies to a testimony and, once an administrator
/// published the reply, the widget shows it. Every page checked with axe; every wait bounded.
/// </summary>
public sealed class WidgetJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const float Wait = 20_000;
    private const string Frame = "iframe[title='Témoignages d’apprentis (Sirius)']";
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_partner_site_on_another_origin_embeds_the_widget_which_resizes_and_takes_one_useful_answer_per_browser()
    {
        var key = await _host.PlaceAsync("des Alpes", 45.18, 5.72);
        var siret = key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..];
        var testimony = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key && v.AnonymisedText.StartsWith("Mon tuteur")).Select(v => v.Id).SingleAsync());
        await using var partner = await PartnerSite.StartAsync(_site, $"data-sirius-etablissement=\"{siret}\"");
        partner.Address.Port.ShouldNotBe(_site.Port);
        var page = await NewPageAsync();

        await page.GotoAsync(partner.Address.ToString());
        var frame = page.FrameLocator(Frame);
        await frame.GetByText("Mon tuteur m").WaitForAsync(new() { Timeout = Wait });
        (await page.Locator(Frame).GetAttributeAsync("src")).ShouldStartWith(new Uri(_site, "/widget/etablissement/").ToString());
        await page.WaitForFunctionAsync($"() => document.querySelector(\"{Frame}\").style.height !== '200px'", null, new() { Timeout = Wait });
        var height = await page.Locator(Frame).EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        var content = await frame.Locator("html").EvaluateAsync<double>("h => h.scrollHeight");
        height.ShouldBeGreaterThan(200);
        height.ShouldBe(content, 2);
        await Browser.CheckAsync(page, "partenaire-widget");

        var answer = frame.Locator($"form:has(input[name=id][value='{testimony}'])").GetByRole(AriaRole.Button, new() { Name = "Oui" });
        await answer.ClickAsync();
        await frame.GetByText("Merci pour votre avis.").WaitForAsync(new() { Timeout = Wait });
        await page.ReloadAsync();
        await answer.ClickAsync();
        await frame.GetByText("Vous avez déjà donné votre avis sur ce témoignage.").WaitForAsync(new() { Timeout = Wait });
        await Browser.CheckAsync(page, "partenaire-widget-avis-deja-donne");

        (await _host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == testimony))).UsefulCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_mistyped_code_shows_a_french_message_inside_the_partner_frame_and_a_known_one_carries_its_json_ld()
    {
        await _host.PlaceAsync("de Chambéry", 45.56, 5.92, cfd: "50022177", responses: 12);
        await using var mistyped = await PartnerSite.StartAsync(_site, "data-sirius-formation=\"5002217\"");
        var page = await NewPageAsync();
        var answer = page.WaitForResponseAsync(r => r.Url.Contains("/widget/formation/5002217", StringComparison.Ordinal));

        await page.GotoAsync(mistyped.Address.ToString());

        (await answer).Status.ShouldBe(404);
        var frame = page.FrameLocator(Frame);
        await frame.GetByRole(AriaRole.Heading, new() { Name = "Aucun témoignage trouvé pour ce code" }).WaitForAsync(new() { Timeout = Wait });
        (await frame.Locator("main").InnerTextAsync()).ShouldContain("5002217");
        await FrameFitsItsContentAsync(page);
        await Browser.CheckAsync(page, "partenaire-widget-code-inconnu");

        await using var partner = await PartnerSite.StartAsync(_site, "data-sirius-formation=\"50022177\"");
        await page.GotoAsync(partner.Address.ToString());
        await frame.GetByRole(AriaRole.Link, new() { Name = "Voir plus de témoignages" }).WaitForAsync(new() { Timeout = Wait });
        var ld = System.Text.Json.JsonDocument.Parse((await frame.Locator("script[type='application/ld+json']").TextContentAsync())!);
        ld.RootElement.GetProperty("@type").GetString().ShouldBe("Course");
        ld.RootElement.GetProperty("aggregateRating").GetProperty("ratingCount").GetInt32().ShouldBe(12);
        ld.RootElement.GetProperty("review").GetArrayLength().ShouldBe(await frame.Locator("figure").CountAsync());
        (await frame.GetByRole(AriaRole.Link, new() { Name = "Sirius (nouvelle fenêtre)" }).GetAttributeAsync("href")).ShouldBe("/widget/formation/50022177");
        await Browser.CheckAsync(page, "partenaire-widget-page-1");

        var tall = await page.Locator(Frame).EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Voir plus de témoignages" }).ClickAsync();
        await frame.GetByRole(AriaRole.Link, new() { Name = "Revenir aux premiers témoignages" }).WaitForAsync(new() { Timeout = Wait });
        await FrameFitsItsContentAsync(page);
        (await page.Locator(Frame).EvaluateAsync<double>("f => f.getBoundingClientRect().height")).ShouldBeLessThan(tall);
        (await frame.Locator("figure").CountAsync()).ShouldBe(2);
        await Browser.CheckAsync(page, "partenaire-widget-page-2");
    }

    [Fact]
    public async Task An_administrator_filters_the_queue_rejects_one_verbatim_and_accepts_the_others_in_bulk()
    {
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await _host.PublishAsync(Feed.Formation(key, siret),
            Feed.Response(key, siret, ("cfa.conseil", "Appelez-moi au 06 12 34 56 78 pour parler du CFA.")),
            Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")),
            Feed.Response(key, siret, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense.")));
        var ids = await _host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => new { v.Id, v.OriginalText }).ToListAsync());
        var phone = ids.Single(v => v.OriginalText.Contains("06 12", StringComparison.Ordinal)).Id;
        await _host.AdministratorAsync("moderation@sirius.test");
        var page = await browser.SignedInPageAsync(_site, "moderation@sirius.test");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await page.GotoAsync(new Uri(_site, $"/admin/moderation?siret={siret}").ToString());
        await page.Locator("#du").FillAsync(today);
        await page.Locator("#au").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.ArriveAtAsync("**/admin/moderation?*du=*");
        (await page.Locator("main h2").First.InnerTextAsync()).ShouldBe("À modérer\u202F: 3 verbatim(s)");
        await Browser.CheckAsync(page, "moderation-file");

        await page.Locator($"#statut-{phone}").SelectOptionAsync(ModerationStatuses.Rejected);
        await page.Locator($"#motif-{phone}").FillAsync("Données personnelles");
        await page.Locator($"article:has(#statut-{phone})").GetByRole(AriaRole.Button, new() { Name = "Appliquer le statut" }).ClickAsync();
        await page.GetByText("Statut enregistré.").WaitForAsync(new() { Timeout = Wait });
        (await page.Locator("main h2").First.InnerTextAsync()).ShouldBe("À modérer\u202F: 2 verbatim(s)");

        foreach (var other in ids.Where(v => v.Id != phone))
        {
            await page.Locator($"#coche-{other.Id}").CheckAsync(new() { Force = true });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter les suggestions", Exact = true }).ClickAsync();
        await page.GetByText("Suggestion acceptée : le texte anonymisé est publié.").WaitForAsync(new() { Timeout = Wait });
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Aucun verbatim dans cette file.");
        await Browser.CheckAsync(page, "moderation-file-vide");

        var decided = await _host.InDbAsync(db => db.Verbatims.AsNoTracking().Where(v => v.FormationKey == key).ToListAsync());
        decided.Single(v => v.Id == phone).Status.ShouldBe(VerbatimStatus.Rejected);
        decided.Single(v => v.Id == phone).RejectionReason.ShouldBe("Données personnelles");
        decided.Where(v => v.Id != phone).ShouldAllBe(v => v.Status == VerbatimStatus.Validated);
    }

    [Fact]
    public async Task A_CFA_replies_to_a_testimony_and_once_an_administrator_published_the_reply_the_widget_shows_it()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        await Eventually.HoldsAsync(async () => await _host.InDbAsync(db => db.Verbatims.CountAsync(v => v.CampaignId == campaign.Id)) >= 3, "verbatims received");
        var ids = await _host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign.Id).Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
        var staff = await browser.SignedInPageAsync(_site, (await _host.SendAsync(new GetAccount(await _host.AdministratorAsync(), cfa)))!.Email);

        await staff.GotoAsync(new Uri(_site, $"/espace/resultats?campagnes={campaign.Id}").ToString());
        await staff.GetByLabel("Répondre au nom de l’établissement").First.FillAsync("Merci pour votre témoignage : nous gardons ce cap.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Répondre", Exact = true }).First.ClickAsync();
        await staff.GetByText("Votre réponse est enregistrée").WaitForAsync(new() { Timeout = Wait });
        (await staff.Locator("main").InnerTextAsync()).ShouldContain("Merci pour votre témoignage\u202F: nous gardons ce cap.");
        await Browser.CheckAsync(staff, "resultats-reponse-envoyee");

        await _host.AdministratorAsync("moderation@sirius.test");
        var admin = await browser.SignedInPageAsync(_site, "moderation@sirius.test");
        await admin.GotoAsync(new Uri(_site, "/admin/moderation/reponses").ToString());
        (await admin.Locator("main").InnerTextAsync()).ShouldContain("nous gardons ce cap");
        await Browser.CheckAsync(admin, "moderation-reponses");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Publier la réponse" }).ClickAsync();
        await admin.GetByText("Réponse publiée à côté du témoignage.").WaitForAsync(new() { Timeout = Wait });

        var visitor = await NewPageAsync();
        await visitor.GotoAsync(new Uri(_site, $"/widget/etablissement/{campaign.Siret}").ToString());
        var reply = visitor.Locator(".sirius-reply");
        await reply.WaitForAsync(new() { Timeout = Wait });
        (await reply.InnerTextAsync()).ShouldContain("Merci pour votre témoignage : nous gardons ce cap.");
        (await reply.InnerTextAsync()).ShouldContain("Réponse de");
        await Browser.CheckAsync(visitor, "widget-reponse-publiee");
    }

    private Task<IPage> NewPageAsync() => browser.NewPageAsync();

    /// <summary>Waits until the partner's iframe is as tall as the widget's content (the frame posts it, the loader applies it).</summary>
    private static async Task FrameFitsItsContentAsync(IPage page)
    {
        var (height, content) = (0d, -10d);
        for (var deadline = DateTime.UtcNow.AddMilliseconds(Wait); DateTime.UtcNow < deadline && Math.Abs(height - content) > 2; await Task.Delay(100))
        {
            height = await page.Locator(Frame).EvaluateAsync<double>("f => f.getBoundingClientRect().height");
            content = await page.FrameLocator(Frame).Locator("body").EvaluateAsync<double>("b => b.getBoundingClientRect().height");
        }

        height.ShouldBe(content, 2, "the frame's height follows its content");
    }
}
