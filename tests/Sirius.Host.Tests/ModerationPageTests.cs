using System.Net;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Domain.Verbatims;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

public sealed class ModerationPageTests
{
    private const string Password = "Apprentissage-2026!";

    [Fact]
    public async Task An_administrator_sees_the_pending_verbatim_with_its_flags_and_accepts_the_suggestion()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync(Feed.Response("f-" + siret, siret, ("cfa.conseil", "Appelez-moi au 06 12 34 56 78 pour parler du CFA.")));
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).SingleAsync());
        await host.SendAsync(new EnsureAdministrator("moderateur@sirius.test", "Camille", "Modère", Password));
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = "moderateur@sirius.test", ["Input.Password"] = Password });
        await client.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });

        var queue = await client.BrowseAsync("/admin/moderation?siret=" + siret);
        var html = await queue.Content.ReadAsStringAsync();
        html.ShouldContain("06 12 34 56 78");
        html.ShouldContain("À modérer (1)");

        var accepted = await client.SubmitAsync("/admin/moderation?siret=" + siret, new Dictionary<string, string>(), "/admin/moderation?handler=Accepter&siret=" + siret + "&id=" + id);

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == id))).IsPublished.ShouldBeTrue();
    }

    [Fact]
    public async Task The_moderation_queue_is_for_administrators_only()
    {
        await using var host = await SiriusHost.OnPostgresAsync();

        var response = await host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .BrowseAsync("/admin/moderation");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/connexion");
    }

    private const string Threat = "Je vais te défoncer si tu me reparles comme ça.";
    private const string ContractThreat = "Le chef m'a menacé de rompre mon contrat si je parlais de mes horaires.";
    private const string Discrimination = "Mon patron me traite de sale arabe devant les clients.";

    [Fact]
    public async Task A_bulk_accept_over_a_page_with_a_threat_and_an_alert_publishes_neither_and_says_so()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var ordinary = await ReceivedAsync(host, siret, "Les cours de pratique sont vraiment bien organisés.");
        var threat = await ReceivedAsync(host, siret, Threat);
        var alert = await ReceivedAsync(host, siret, ContractThreat);
        var client = await SignedInModeratorAsync(host);
        var queue = "/admin/moderation?siret=" + siret;

        var posted = await client.PostWithTokenAsync(
            "/admin/moderation?handler=Accepter&siret=" + siret,
            [new("ids", ordinary.ToString()), new("ids", threat.ToString()), new("ids", alert.ToString())],
            await client.TokenAsync(queue));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await (await client.BrowseAsync(posted.Headers.Location!.ToString())).Content.ReadAsStringAsync());
        page.ShouldContain("2 verbatims n’ont pas été publiés car ils portent un signalement grave\u202F: «\u202FMenace\u202F» (question");
        page.ShouldContain("«\u202FAlerte\u202F»");
        page.ShouldContain("Publiez-les un par un si vous êtes sûr.");
        var statuses = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).ToDictionaryAsync(v => v.Id, v => v.Status));
        statuses[ordinary].ShouldBe(VerbatimStatus.Validated);
        statuses[threat].ShouldBe(VerbatimStatus.Pending);
        statuses[alert].ShouldBe(VerbatimStatus.Pending);
    }

    [Fact]
    public async Task Publishing_a_flagged_verbatim_alone_asks_for_a_reason_and_its_history_names_the_moderator()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var threat = await ReceivedAsync(host, siret, Threat);
        var client = await SignedInModeratorAsync(host);
        var queue = "/admin/moderation?siret=" + siret;
        var publish = $"/admin/moderation?handler=Statut&siret={siret}&id={threat}";

        var refused = await client.SubmitAsync(queue, new Dictionary<string, string> { [$"statut-{threat}"] = "publie", [$"confirmation-{threat}"] = " " }, publish);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        form.ShouldContain($"<p class=\"fr-error-text\" id=\"confirmation-{threat}-error\">Ce verbatim porte un signalement grave («\u202FMenace\u202F»)\u202F: pour le publier, confirmez en indiquant le motif.</p>");
        form.ShouldContain($"<a href=\"#confirmation-{threat}\">");
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).Status.ShouldBe(VerbatimStatus.Pending);

        var published = await client.SubmitAsync(
            queue, new Dictionary<string, string> { [$"statut-{threat}"] = "publie", [$"confirmation-{threat}"] = "Expression imagée, personne n’est visé." }, publish);

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).IsPublished.ShouldBeTrue();
        var item = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/moderation?verbatim=" + threat));
        item.ShouldContain("Publié malgré le signalement «\u202FMenace\u202F» par Camille Martin\u202F: motif «\u202FExpression imagée, personne n’est visé.\u202F»");
    }

    [Fact]
    public async Task An_alert_item_suggests_the_alert_status_and_shows_what_to_do_and_whom_to_contact_at_the_CFA()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = await host.EstablishmentAsync();
        await host.CfaStaffAsync("referente@cfa.fr", siret);
        var alert = await ReceivedAsync(host, siret, Discrimination);
        var client = await SignedInModeratorAsync(host);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/moderation?verbatim={alert}"));

        page.ShouldContain("Statut suggéré\u202F: Alerte");
        page.ShouldContain("Discrimination ou propos racistes, sexistes («\u202F");
        page.ShouldContain("Conduite à tenir face à une alerte");
        page.ShouldContain("Léa Martin (referente@cfa.fr)");
        page.ShouldContain("119 «\u202FAllô Enfance en danger\u202F»");
        page.ShouldContain($"<option value=\"alerte\" selected=\"selected\">Alerte</option>");
        page.ShouldContain($"id=\"confirmation-{alert}\"");
    }

    [Fact]
    public async Task The_administrators_home_counts_the_alerts_to_handle_and_links_to_them()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var alert = await ReceivedAsync(host, siret, Discrimination);
        var other = await ReceivedAsync(host, siret, ContractThreat);
        await ReceivedAsync(host, siret, Threat);
        var client = await SignedInModeratorAsync(host);

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/espace"));

        home.ShouldContain("href=\"/admin/moderation?statut=a-moderer&signalement=Alert\">2 alertes à traiter</a>");
        home.ShouldContain("3 verbatims à modérer en tout.");
        var alerts = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/moderation?statut=a-moderer&signalement=Alert"));
        alerts.ShouldContain("À modérer\u202F: 2 verbatim(s)");

        await host.SendAsync(new Sirius.Testimonies.Contracts.ModerateVerbatims(await host.ModeratorAsync(), [alert, other], Sirius.Testimonies.Contracts.ModerationStatuses.Alert, "CFA prévenu"));
        (await client.GetStringAsync("/espace")).Contains("alertes-a-traiter", StringComparison.Ordinal).ShouldBeFalse("no alert left to handle");
    }

    private static async Task<HttpClient> SignedInModeratorAsync(SiriusHost host)
    {
        await host.SendAsync(new EnsureAdministrator("camille.martin@sirius.test", "Camille", "Martin", Password));
        return await host.SignedInAsync("camille.martin@sirius.test");
    }

    private static async Task<Guid> ReceivedAsync(SiriusHost host, string siret, string text)
    {
        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", text));
        await host.PublishAsync(response);
        return await host.InDbAsync(db => db.Verbatims.Where(v => v.ResponseId == response.ResponseId).Select(v => v.Id).SingleAsync());
    }
}
