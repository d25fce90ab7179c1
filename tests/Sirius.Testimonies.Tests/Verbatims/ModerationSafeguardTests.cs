using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Verbatims;

/// <summary>
/// Alerts and the other serious flags (threats, high-severity insults) on PostgreSQL: first in the queue, counted,
/// announced once, and never published by a bulk action nor alone without a reason kept in the history.
/// </summary>
public sealed class ModerationSafeguardTests
{
    // Reported harm, not in the benchmark sets: racist name, threat to end the contract, a minor's night work unpaid.
    internal const string Discrimination = "Mon patron me traite de sale arabe devant les clients.";
    internal const string ContractThreat = "Le chef m'a menacé de rompre mon contrat si je parlais de mes horaires.";
    internal const string MinorAtNight = "Je travaille de nuit alors que j'ai 16 ans et mes heures sup ne sont pas payées.";
    internal const string Threat = "Je vais te défoncer si tu me reparles comme ça.";
    internal const string SeriousInsult = "Le patron est un connard qui paye en retard.";
    internal const string Ordinary = "Les cours de pratique sont vraiment bien organisés.";

    [Fact]
    public async Task The_queue_lists_alerts_first_then_threats_and_serious_insults_then_the_rest_each_by_date()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var day = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
        var ordinary = await ReceivedAsync(host, siret, Ordinary, day);
        var insult = await ReceivedAsync(host, siret, SeriousInsult, day.AddHours(1));
        var later = await ReceivedAsync(host, siret, Ordinary, day.AddHours(2));
        var threat = await ReceivedAsync(host, siret, Threat, day.AddHours(3));
        var alert = await ReceivedAsync(host, siret, Discrimination, day.AddHours(4));
        var olderAlert = await ReceivedAsync(host, siret, MinorAtNight, day.AddHours(5));
        await host.InDbAsync(db => db.Verbatims.Where(v => v.Id == olderAlert).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReceivedAtUtc, day.AddMinutes(30))));

        var queue = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret));
        var secondPage = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret, Page: 2, PageSize: 3));

        queue.Items.Select(i => i.Id).ShouldBe([olderAlert, alert, insult, threat, ordinary, later]);
        secondPage.Items.Select(i => i.Id).ShouldBe([threat, ordinary, later]);
        var first = queue.Items[0];
        first.SuggestedStatus.ShouldBe(ModerationStatuses.Alert);
        first.Flags.ShouldContain(f => f.Kind == "Alert" && f.Label == "Alerte" && f.Category != null && f.Excerpt.Length > 0);
        queue.Items.Single(i => i.Id == threat).SuggestedStatus.ShouldBeNull();
        queue.Items.Single(i => i.Id == threat).SeriousFlags.ShouldBe(["Menace"]);
        queue.Items.Single(i => i.Id == insult).SeriousFlags.ShouldBe(["Insulte"]);
        queue.Items.Single(i => i.Id == ordinary).SeriousFlags.ShouldBeEmpty();
        queue.FlagKinds.ShouldContain(("Alert", "Alerte"));
        queue.FlagKinds.ShouldContain(("Address", "Adresse postale"));
        (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret, Flag: "Alert"))).Items.Select(i => i.Id).ShouldBe([olderAlert, alert]);
    }

    [Theory]
    [InlineData(Discrimination)]
    [InlineData(ContractThreat)]
    [InlineData(MinorAtNight)]
    public async Task A_verbatim_that_reports_harm_suggests_the_alert_status_and_raises_one_event_without_its_text(string text)
    {
        await using var host = await SiriusHost.OnPostgresAsync();

        var id = await ReceivedAsync(host, Identifiers.NewSiret(), text, DateTime.UtcNow);

        var item = (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, VerbatimId: id))).Items.ShouldHaveSingleItem();
        item.SuggestedStatus.ShouldBe(ModerationStatuses.Alert);
        var raised = await host.InDbAsync(db => ((DbContext)db).Set<OutboxMessage>().Where(m => m.Type.Contains(nameof(VerbatimAlertRaised))).ToListAsync());
        raised.ShouldHaveSingleItem().Payload.ShouldContain(id.ToString());
        raised[0].Payload.ShouldNotContain(text[..20]);
        foreach (var category in item.Flags.Select(f => f.Category).OfType<string>())
        {
            raised[0].Payload.ShouldContain(System.Text.Json.JsonSerializer.Serialize(category)[1..^1]);
        }
    }

    [Fact]
    public async Task A_threat_the_writer_makes_raises_no_alert()
    {
        await using var host = await SiriusHost.OnPostgresAsync();

        var id = await ReceivedAsync(host, Identifiers.NewSiret(), Threat, DateTime.UtcNow);

        (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, VerbatimId: id))).Items.Single().SuggestedStatus.ShouldBeNull();
        (await host.InDbAsync(db => ((DbContext)db).Set<OutboxMessage>().CountAsync(m => m.Type.Contains(nameof(VerbatimAlertRaised))))).ShouldBe(0);
    }

    [Fact]
    public async Task The_overview_counts_pending_verbatims_and_the_alerts_among_them()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var alert = await ReceivedAsync(host, siret, Discrimination, DateTime.UtcNow);
        await ReceivedAsync(host, siret, ContractThreat, DateTime.UtcNow);
        await ReceivedAsync(host, siret, Threat, DateTime.UtcNow);
        var ordinary = await ReceivedAsync(host, siret, Ordinary, DateTime.UtcNow);

        (await host.SendAsync(new GetModerationOverview(await host.ModeratorAsync()))).ShouldBe(new ModerationOverview(4, 2));

        (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [alert], ModerationStatuses.Alert, "CFA prévenu"))).IsSuccess.ShouldBeTrue();
        (await host.SendAsync(new AcceptSuggestions(await host.ModeratorAsync(), [ordinary]))).IsSuccess.ShouldBeTrue();

        (await host.SendAsync(new GetModerationOverview(await host.ModeratorAsync()))).ShouldBe(new ModerationOverview(2, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ModerationStatuses.Validated)]
    [InlineData(ModerationStatuses.Gem)]
    public async Task A_bulk_publication_skips_and_lists_alerts_threats_and_serious_insults(string? status)
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var ordinary = await ReceivedAsync(host, siret, Ordinary, DateTime.UtcNow);
        var threat = await ReceivedAsync(host, siret, Threat, DateTime.UtcNow);
        var alert = await ReceivedAsync(host, siret, ContractThreat, DateTime.UtcNow);
        var insult = await ReceivedAsync(host, siret, SeriousInsult, DateTime.UtcNow);
        Guid[] all = [ordinary, threat, alert, insult];

        ICommand<Result<ModerationOutcome>> command = status is null
            ? new AcceptSuggestions(await host.ModeratorAsync(), all, "un motif donné à tout le lot")
            : new ModerateVerbatims(await host.ModeratorAsync(), all, status, null, "un motif donné à tout le lot");
        var outcome = await host.SendAsync(command);

        outcome.Value.Decided.ShouldBe(1);
        outcome.Value.Skipped.Select(s => s.Id).ShouldBe([threat, alert, insult], ignoreOrder: true);
        outcome.Value.Skipped.Single(s => s.Id == threat).Flags.ShouldBe(["Menace"]);
        outcome.Value.Skipped.Single(s => s.Id == alert).Flags.ShouldContain("Alerte");
        outcome.Value.Skipped.Single(s => s.Id == insult).Flags.ShouldBe(["Insulte"]);
        var statuses = await host.InDbAsync(db => db.Verbatims.Where(v => all.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Status));
        statuses[ordinary].ShouldNotBe(VerbatimStatus.Pending);
        statuses[threat].ShouldBe(VerbatimStatus.Pending);
        statuses[alert].ShouldBe(VerbatimStatus.Pending);
        statuses[insult].ShouldBe(VerbatimStatus.Pending);
    }

    [Fact]
    public async Task A_bulk_decision_that_does_not_publish_applies_to_serious_verbatims()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var threat = await ReceivedAsync(host, siret, Threat, DateTime.UtcNow);
        var alert = await ReceivedAsync(host, siret, Discrimination, DateTime.UtcNow);

        var outcome = await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [threat, alert], ModerationStatuses.Alert, null));

        outcome.Value.Decided.ShouldBe(2);
        outcome.Value.Skipped.ShouldBeEmpty();
        (await host.InDbAsync(db => db.Verbatims.CountAsync(v => (v.Id == threat || v.Id == alert) && v.Status == VerbatimStatus.Alert))).ShouldBe(2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ModerationStatuses.Gem)]
    public async Task Publishing_one_serious_verbatim_needs_a_reason_kept_in_its_history_with_who_decided(string? status)
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var threat = await ReceivedAsync(host, Identifiers.NewSiret(), Threat, DateTime.UtcNow);
        var moderator = await host.ModeratorAsync();
        ICommand<Result<ModerationOutcome>> Publish(string? reason) => status is null
            ? new AcceptSuggestions(moderator, [threat], reason)
            : new ModerateVerbatims(moderator, [threat], status, null, reason);

        var refused = await host.SendAsync(Publish("  "));

        refused.Error!.Field.ShouldBe("confirmation");
        refused.Error.Message.ShouldContain("« Menace »");
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).IsPublished.ShouldBeFalse();

        var published = await host.SendAsync(Publish("Expression imagée d'un apprenti agacé, personne n'est visé."));

        published.Value.Decided.ShouldBe(1);
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == threat))).IsPublished.ShouldBeTrue();
        var item = (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, VerbatimId: threat))).Items.Single();
        var entry = item.History.ShouldHaveSingleItem();
        entry.ModeratorId.ShouldBe(await host.ModeratorAsync());
        entry.Status.ShouldBe(status is null ? "Publié" : "Pépite");
        entry.OverriddenFlags.ShouldBe(["Menace"]);
        entry.Reason.ShouldBe("Expression imagée d'un apprenti agacé, personne n'est visé.");
    }

    [Fact]
    public async Task Every_decision_and_edit_is_kept_in_the_history_with_who_did_it()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await ReceivedAsync(host, Identifiers.NewSiret(), Ordinary, DateTime.UtcNow);
        var other = await host.AdministratorAsync();

        (await host.SendAsync(new EditVerbatimText(await host.ModeratorAsync(), id, "Les cours de pratique sont bien organisés."))).IsSuccess.ShouldBeTrue();
        (await host.SendAsync(new ModerateVerbatims(other, [id], ModerationStatuses.Rejected, "Hors sujet"))).IsSuccess.ShouldBeTrue();

        var history = (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Rejected, VerbatimId: id))).Items.Single().History;
        history.Select(h => (h.ModeratorId, h.Status, h.Reason)).ShouldBe([(await host.ModeratorAsync(), null, null), (other, "Refusé", "Hors sujet")]);
        history[0].NewText.ShouldBe("Les cours de pratique sont bien organisés.");
    }

    private static async Task<Guid> ReceivedAsync(SiriusHost host, string siret, string text, DateTime receivedAtUtc)
    {
        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", text));
        await host.PublishAsync(response);
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.ResponseId == response.ResponseId).Select(v => v.Id).SingleAsync());
        await host.InDbAsync(db => db.Verbatims.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReceivedAtUtc, receivedAtUtc)));
        return id;
    }
}
