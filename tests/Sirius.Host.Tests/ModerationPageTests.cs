using System.Net;
using Microsoft.EntityFrameworkCore;
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
}
