using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Replies;

/// <summary>An establishment replies once to a published testimony of its formations; the public reads the reply once an administrator published it.</summary>
public sealed class ReplyTests
{
    [Fact]
    public async Task A_CFA_replies_once_to_a_published_testimony_of_its_establishment_and_a_second_reply_is_refused()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host);
        var author = await AuthorAsync(host, siret);

        var first = await host.SendAsync(new ReplyToTestimony(author, testimony, "  Merci, nous avons rénové l’atelier cette année.  "));
        var second = await host.SendAsync(new ReplyToTestimony(author, testimony, "Une autre réponse."));

        first.IsSuccess.ShouldBeTrue();
        second.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        second.Error.Message.ShouldContain("déjà répondu");
        var queue = await host.SendAsync(new GetReplyQueue(await host.ModeratorAsync(), ReplyStatuses.Pending));
        var item = queue.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe(first.Value);
        item.Text.ShouldBe("Merci, nous avons rénové l’atelier cette année.");
        item.Siret.ShouldBe(siret);
        queue.Counts.Single(c => c.Status == ReplyStatuses.Pending).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_reply_to_a_testimony_of_another_establishment_is_forbidden()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (_, testimony) = await PublishedTestimonyAsync(host);
        var otherCfa = await AuthorAsync(host, Identifiers.NewSiret());

        var result = await host.SendAsync(new ReplyToTestimony(otherCfa, testimony, "Bonjour."));

        result.Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await host.InDbAsync(db => db.TestimonyReplies.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_reply_for_someone_who_is_not_CFA_staff_is_refused_before_the_handler()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (_, testimony) = await PublishedTestimonyAsync(host);
        var observer = await host.ObserverAsync("pilote@sirius.test", "national");

        foreach (var actor in new[] { observer, Guid.NewGuid() })
        {
            (await host.SendAsync(new ReplyToTestimony(actor, testimony, "Bonjour."))).Error!.Code.ShouldBe("actor.not_establishment");
        }

        (await host.InDbAsync(db => db.TestimonyReplies.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_CFA_reads_no_testimony_of_another_establishments_campaign_whatever_ids_it_asks_for()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host);
        var campaign = await CampaignOfAsync(host, testimony);
        var otherCfa = await AuthorAsync(host, Identifiers.NewSiret());

        var seen = await OwnTestimoniesAsync(host, otherCfa, campaign);

        seen.Items.ShouldBeEmpty();
        seen.Published.ShouldBe(0);
        seen.Written.ShouldNotBeNull().ShouldBeEmpty();
        (await OwnTestimoniesAsync(host, await AuthorAsync(host, siret), campaign)).Items.ShouldHaveSingleItem().Id.ShouldBe(testimony);
    }

    [Fact]
    public async Task A_reply_to_a_pending_rejected_or_unknown_testimony_is_not_found()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, pending) = await PublishedTestimonyAsync(host, decision: null);
        var (rejectedSiret, rejected) = await PublishedTestimonyAsync(host, decision: ModerationStatuses.Rejected);
        var author = await AuthorAsync(host, siret, rejectedSiret);

        (await host.SendAsync(new ReplyToTestimony(author, pending, "Bonjour."))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await host.SendAsync(new ReplyToTestimony(author, rejected, "Bonjour."))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await host.SendAsync(new ReplyToTestimony(author, Guid.NewGuid(), "Bonjour."))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task A_reply_loses_control_and_bidirectional_override_characters()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host);

        (await host.SendAsync(new ReplyToTestimony(await AuthorAsync(host, siret), testimony, "Merci\u001B[2J pour\u202E ce\u200B retour.\r\nÀ bientôt."))).IsSuccess.ShouldBeTrue();

        (await host.SendAsync(new GetReplyQueue(await host.ModeratorAsync(), ReplyStatuses.Pending))).Items.ShouldHaveSingleItem().Text.ShouldBe("Merci[2J pour ce retour.\nÀ bientôt.");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\u202E\u200B\u001B")]
    [InlineData(null)]
    public async Task An_empty_or_too_long_reply_is_invalid(string? text)
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host);
        var author = await AuthorAsync(host, siret);

        var invalid = await Should.ThrowAsync<ValidationFailedException>(() =>
            host.SendAsync(new ReplyToTestimony(author, testimony, text ?? new string('a', ReplyToTestimony.MaxTextLength + 1))));

        invalid.Errors.Keys.ShouldBe(["text"]);
    }

    [Fact]
    public async Task The_reply_is_public_beside_the_testimony_only_once_an_administrator_published_it()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host, name: "CFA des Alpes");
        var author = await AuthorAsync(host, siret, name: "CFA des Alpes");
        var reply = (await host.SendAsync(new ReplyToTestimony(author, testimony, "Merci pour ce retour."))).Value;
        var moderator = await host.ModeratorAsync();

        (await PublicTestimonyAsync(host, siret)).Reply.ShouldBeNull();
        await Should.ThrowAsync<ValidationFailedException>(() => host.SendAsync(new ModerateReply(moderator, reply, ReplyStatuses.Rejected, " ")));
        (await host.SendAsync(new ModerateReply(moderator, reply, ReplyStatuses.Published, null))).IsSuccess.ShouldBeTrue();

        var published = (await PublicTestimonyAsync(host, siret)).Reply.ShouldNotBeNull();
        published.Text.ShouldBe("Merci pour ce retour.");
        published.Author.ShouldBe("CFA des Alpes");

        (await host.SendAsync(new ModerateReply(moderator, reply, ReplyStatuses.Rejected, "Publicité"))).IsSuccess.ShouldBeTrue();
        (await PublicTestimonyAsync(host, siret)).Reply.ShouldBeNull();
        var own = (await OwnTestimoniesAsync(host, author, await CampaignOfAsync(host, testimony))).Items.Single(t => t.Id == testimony).Reply!;
        own.Status.ShouldBe(ReplyStatuses.Rejected);
        own.RejectionReason.ShouldBe("Publicité");
    }

    [Fact]
    public async Task The_establishment_sees_its_pending_reply_beside_its_testimony_in_its_results()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var (siret, testimony) = await PublishedTestimonyAsync(host);
        var campaign = await CampaignOfAsync(host, testimony);
        var author = await AuthorAsync(host, siret);

        (await OwnTestimoniesAsync(host, author, campaign)).Items.Single(t => t.Id == testimony).Reply.ShouldBeNull();
        await host.SendAsync(new ReplyToTestimony(author, testimony, "Merci !"));

        var own = (await OwnTestimoniesAsync(host, author, campaign)).Items.Single(t => t.Id == testimony).Reply!;
        own.Status.ShouldBe(ReplyStatuses.Pending);
        own.StatusLabel.ShouldBe("À modérer");
    }

    private static async Task<PublicTestimony> PublicTestimonyAsync(SiriusHost host, string siret) =>
        (await host.SendAsync(new GetPublicTestimonies(PublicSubjects.Establishment, siret))).Value.Testimonies.ShouldHaveSingleItem();

    private static Task<Guid> CampaignOfAsync(SiriusHost host, Guid testimony) =>
        host.InDbAsync(db => db.Verbatims.Where(v => v.Id == testimony).Select(v => v.CampaignId).SingleAsync());

    /// <summary>A formation at a new establishment with three responses (the threshold), the first with a free text moderated as told.</summary>
    /// <summary>The CFA's view of its campaign, counted as reaching the anonymity threshold (what these tests look at is the reply).</summary>
    private static Task<CampaignTestimonies> OwnTestimoniesAsync(SiriusHost host, Guid actor, Guid campaign) =>
        host.SendAsync(new GetCampaignTestimonies(actor, [campaign], Responses: AnonymityThreshold.Default));

    /// <summary>A CFA staff account attached to the SIRETs, registered in the referential under the name the testimonies show.</summary>
    private static async Task<Guid> AuthorAsync(SiriusHost host, string siret, string? otherSiret = null, string name = "CFA du Vercors")
    {
        string[] sirets = otherSiret is null ? [siret] : [siret, otherSiret];
        foreach (var each in sirets)
        {
            (await host.SendAsync(Commands.NewEstablishment(each, name))).IsSuccess.ShouldBeTrue();
        }

        return await host.CfaStaffAsync($"cfa-{siret}@sirius.test", sirets);
    }

    private static async Task<(string Siret, Guid Testimony)> PublishedTestimonyAsync(
        SiriusHost host, string? decision = ModerationStatuses.Validated, string name = "CFA du Vercors")
    {
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await host.PublishAsync(Feed.Establishment(siret, name), Feed.Formation(key, siret),
            Feed.Response(key, siret, ("cfa.conseil", "L’atelier est bien équipé et les formateurs sont à l’écoute.")),
            Feed.Response(key, siret), Feed.Response(key, siret));
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).SingleAsync());
        if (decision is not null)
        {
            (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [id], decision, decision == ModerationStatuses.Rejected ? "Hors sujet" : null))).IsSuccess.ShouldBeTrue();
        }

        return (siret, id);
    }
}
