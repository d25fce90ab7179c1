using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// « Alerte de modération » on PostgreSQL, read from a real SMTP listener: every active administrator is told once per
/// alert, with a link to the item, whatever the page views, the SMTP retries or a second delivery of the event.
/// </summary>
public sealed class AlertEmailTests : IAsyncLifetime
{
    private const string Subject = "Alerte de modération\u202F: un apprenti signale une situation grave";
    private const string Text = "Le chef m'a menacé de rompre mon contrat si je parlais de mes horaires.";

    private MailedHost _site = null!;

    public async Task InitializeAsync() => _site = await MailedHost.StartAsync(new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:01",
        ["Outbox:FirstRetryDelay"] = "00:00:01",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Each_active_administrator_gets_one_email_per_alert_with_a_link_to_the_item_even_if_the_alert_is_delivered_again()
    {
        await _site.Host.SendAsync(new EnsureAdministrator("premier.admin@sirius.test", "Camille", "Martin", Actors.Password));
        await _site.Host.SendAsync(new EnsureAdministrator("second.admin@sirius.test", "Noé", "Bernard", Actors.Password));
        var siret = await _site.Host.EstablishmentAsync();
        await _site.Host.CfaStaffAsync("cfa.alerte@cfa.fr", siret);
        await Eventually.HoldsAsync(async () => await PendingAsync("establishments") == 0, "the accounts' own e-mails are sent first");
        _site.Smtp.RefuseNext(1, 451);

        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", Text));
        await _site.Host.PublishAsync(response);
        var id = await _site.Host.InDbAsync(db => db.Verbatims.Where(v => v.ResponseId == response.ResponseId).Select(v => v.Id).SingleAsync());

        await DeliveredToBothAsync();
        var email = _site.Smtp.Messages.Single(m => m.To.Contains("premier.admin@sirius.test"));
        email.Subject.ShouldStartWith(Subject);
        email.Subject.ShouldContain("menaces subies");
        email.TextBody!.ShouldContain("Bonjour Camille,");
        email.TextBody!.ShouldContain($"http://localhost/admin/moderation?verbatim={id}#v-{id}");
        email.TextBody!.ShouldNotContain("rompre mon contrat");
        _site.Smtp.RefusedCount.ShouldBe(1, "one e-mail was refused once, then retried");

        var admin = await _site.Host.SignedInAsync("premier.admin@sirius.test");
        var item = await admin.GetStringAsync($"/admin/moderation?verbatim={id}");
        item.ShouldContain($"id=\"v-{id}\"");
        await admin.GetStringAsync("/admin/moderation");
        await admin.GetStringAsync("/espace");

        await ReplayAlertAsync();
        await Task.Delay(2000);
        _site.Smtp.Messages.Count(m => m.To.Contains("premier.admin@sirius.test")).ShouldBe(1);
        _site.Smtp.Messages.Count(m => m.To.Contains("second.admin@sirius.test")).ShouldBe(1);
        _site.Smtp.Messages.ShouldNotContain(m => m.To.Contains("cfa.alerte@cfa.fr"), "CFA staff are not administrators");
    }

    /// <summary>Both e-mails arrive, the refused one on a later attempt measured on the host's clock.</summary>
    private Task DeliveredToBothAsync() =>
        Eventually.HoldsAsync(
            () =>
            {
                _site.Clock.Advance(TimeSpan.FromSeconds(2));
                return Task.FromResult(
                    _site.Smtp.Messages.Any(m => m.To.Contains("premier.admin@sirius.test") && m.Subject.StartsWith(Subject, StringComparison.Ordinal))
                    && _site.Smtp.Messages.Any(m => m.To.Contains("second.admin@sirius.test") && m.Subject.StartsWith(Subject, StringComparison.Ordinal)));
            },
            "each administrator gets the alert");

    /// <summary>Delivers the alert event once more, as after a crash between the subscribers' commit and the outbox's.</summary>
    private async Task ReplayAlertAsync()
    {
        await using (var scope = _site.Host.Scope())
        {
            var outbox = scope.ServiceProvider.GetServices<ModuleInfo>().Single(m => m.Name == "testimonies").Resolve(scope.ServiceProvider).OutboxMessages;
            (await outbox.Where(m => m.Type.Contains(nameof(VerbatimAlertRaised)))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null))).ShouldBe(1, "one alert event was published");
        }

        await _site.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default);
        await Eventually.HoldsAsync(async () => await PendingAsync("testimonies") == 0, "the replayed alert is processed again");
    }

    private async Task<int> PendingAsync(string module)
    {
        await using var scope = _site.Host.Scope();
        return await scope.ServiceProvider.GetServices<ModuleInfo>().Single(m => m.Name == module).Resolve(scope.ServiceProvider)
            .OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null);
    }
}
