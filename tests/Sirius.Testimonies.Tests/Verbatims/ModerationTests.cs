using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Verbatims;

public sealed class ModerationTests
{
    [Theory]
    [InlineData(ModerationStatuses.Validated, VerbatimStatus.Validated, true)]
    [InlineData(ModerationStatuses.Gem, VerbatimStatus.Gem, true)]
    [InlineData(ModerationStatuses.ToFix, VerbatimStatus.ToFix, false)]
    [InlineData(ModerationStatuses.Alert, VerbatimStatus.Alert, false)]
    public async Task A_moderator_sets_a_status_and_only_validated_or_gem_verbatims_are_published(string status, VerbatimStatus expected, bool published)
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);

        (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [id], status, null))).IsSuccess.ShouldBeTrue();

        var verbatim = await host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == id));
        verbatim.Status.ShouldBe(expected);
        verbatim.IsPublished.ShouldBe(published);
        verbatim.ModeratedAtUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task Moderation_is_refused_to_anyone_but_an_active_administrator_whoever_sends_it()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);
        var cfa = await host.CfaStaffAsync("cfa@sirius.test", await host.EstablishmentAsync());

        foreach (var actor in new[] { cfa, Guid.NewGuid() })
        {
            (await host.SendAsync(new ModerateVerbatims(actor, [id], ModerationStatuses.Validated, null))).Error!.Code.ShouldBe("actor.not_admin");
            (await host.SendAsync(new EditVerbatimText(actor, id, "Un autre texte."))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<RequestRefusedException>(() => host.SendAsync(new GetModerationQueue(actor, ModerationStatuses.Pending))))
                .Error.Kind.ShouldBe(ErrorKind.Forbidden);
        }

        (await host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == id))).Status.ShouldBe(VerbatimStatus.Pending);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_refused_and_with_one_is_recorded()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);

        await Should.ThrowAsync<ValidationFailedException>(async () => await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [id], ModerationStatuses.Rejected, " ")));
        (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [id], ModerationStatuses.Rejected, "Propos injurieux"))).IsSuccess.ShouldBeTrue();

        var verbatim = await host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == id));
        verbatim.Status.ShouldBe(VerbatimStatus.Rejected);
        verbatim.RejectionReason.ShouldBe("Propos injurieux");
    }

    [Fact]
    public async Task A_decision_cannot_send_a_verbatim_back_to_pending()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);

        await Should.ThrowAsync<ValidationFailedException>(async () => await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [id], ModerationStatuses.Pending, null)));
    }

    [Fact]
    public async Task Accepting_suggestions_in_bulk_publishes_the_anonymised_texts_and_tells_other_modules()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var first = await PendingVerbatimAsync(host);
        var second = await PendingVerbatimAsync(host);

        (await host.SendAsync(new AcceptSuggestions(await host.ModeratorAsync(), [first, second]))).IsSuccess.ShouldBeTrue();

        (await host.InDbAsync(db => db.Verbatims.CountAsync(v => (v.Id == first || v.Id == second) && v.Status == VerbatimStatus.Validated))).ShouldBe(2);
        var queue = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Validated));
        queue.Counts.Single(c => c.Status == ModerationStatuses.Validated).Count.ShouldBe(2);
        queue.Counts.Single(c => c.Status == ModerationStatuses.Pending).Count.ShouldBe(0);
        (await host.InDbAsync(db => ((DbContext)db).Set<Sirius.BuildingBlocks.Infrastructure.Messaging.OutboxMessage>()
            .CountAsync(m => m.Type.Contains(nameof(VerbatimModerated))))).ShouldBe(2);
    }

    [Fact]
    public async Task An_edited_text_loses_control_and_bidirectional_override_characters()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);

        (await host.SendAsync(new EditVerbatimText(await host.ModeratorAsync(), id, "Un tuteur\u001B[31m très\u202E présent\u200B.\r\nMerci."))).IsSuccess.ShouldBeTrue();
        await Should.ThrowAsync<ValidationFailedException>(async () => await host.SendAsync(new EditVerbatimText(await host.ModeratorAsync(), id, "\u202E\u200B")));

        (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending))).Items.Single(i => i.Id == id)
            .AnonymisedText.ShouldBe("Un tuteur[31m très présent.\nMerci.");
    }

    [Fact]
    public async Task Editing_the_anonymised_text_keeps_the_previous_text_in_the_history()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var id = await PendingVerbatimAsync(host);
        var before = await host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == id));

        (await host.SendAsync(new EditVerbatimText(await host.ModeratorAsync(), id, "Un tuteur très présent."))).IsSuccess.ShouldBeTrue();

        var item = (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending))).Items.Single(i => i.Id == id);
        item.AnonymisedText.ShouldBe("Un tuteur très présent.");
        item.OriginalText.ShouldBe(before.OriginalText);
        var edit = item.History.ShouldHaveSingleItem();
        edit.PreviousText.ShouldBe(before.AnonymisedText);
        item.Flags.ShouldContain(f => f.Kind == "Phone" && f.Reason.Length > 0);
    }

    [Fact]
    public async Task The_queue_filters_by_establishment_and_flag()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync(
            Feed.Response("f-" + siret, siret, ("cfa.conseil", "Appelez-moi au 06 12 34 56 78 pour parler du CFA.")),
            Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les cours de pratique sont vraiment bien organisés.")));

        var all = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret));
        var phones = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret, Flag: "Phone"));

        all.Total.ShouldBe(2);
        phones.Items.ShouldHaveSingleItem().OriginalText.ShouldContain("06 12");
    }

    [Fact]
    public async Task The_queue_filters_by_the_day_the_verbatim_was_received_both_days_included()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var march = await PendingVerbatimAsync(host, siret, new DateTime(2026, 3, 1, 23, 59, 0, DateTimeKind.Utc));
        var april = await PendingVerbatimAsync(host, siret, new DateTime(2026, 4, 10, 0, 0, 0, DateTimeKind.Utc));
        var may = await PendingVerbatimAsync(host, siret, new DateTime(2026, 5, 31, 12, 0, 0, DateTimeKind.Utc));

        async Task<List<Guid>> Between(DateOnly? from, DateOnly? to) =>
            (await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret, From: from, To: to))).Items.Select(i => i.Id).ToList();

        (await Between(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 10))).ShouldBe([march, april]);
        (await Between(new DateOnly(2026, 3, 2), null)).ShouldBe([april, may]);
        (await Between(null, new DateOnly(2026, 5, 30))).ShouldBe([march, april]);
        var counted = await host.SendAsync(new GetModerationQueue(await host.ModeratorAsync(), ModerationStatuses.Pending, Siret: siret, From: new DateOnly(2026, 5, 31), To: new DateOnly(2026, 5, 31)));
        counted.Items.ShouldHaveSingleItem().Id.ShouldBe(may);
        counted.Counts.Single(c => c.Status == ModerationStatuses.Pending).Count.ShouldBe(1);
    }

    private static async Task<Guid> PendingVerbatimAsync(SiriusHost host, string siret, DateTime receivedAtUtc)
    {
        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les cours de pratique sont vraiment bien organisés."));
        await host.PublishAsync(response);
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.ResponseId == response.ResponseId).Select(v => v.Id).SingleAsync());
        await host.InDbAsync(db => db.Verbatims.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReceivedAtUtc, receivedAtUtc)));
        return id;
    }

    private static async Task<Guid> PendingVerbatimAsync(SiriusHost host)
    {
        var siret = Identifiers.NewSiret();
        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", "Mon tuteur est très présent, appelez-moi au 06 12 34 56 78."));
        await host.PublishAsync(response);
        return await host.InDbAsync(db => db.Verbatims.Where(v => v.ResponseId == response.ResponseId).Select(v => v.Id).SingleAsync());
    }
}
