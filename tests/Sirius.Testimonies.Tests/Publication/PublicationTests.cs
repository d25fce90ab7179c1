using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Publication;

public sealed class PublicationTests
{
    [Fact]
    public async Task Below_the_anonymity_threshold_nothing_about_the_formation_is_public_even_a_published_testimony()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await host.PublishAsync(Feed.Formation(key, siret, rncp: "RNCP" + siret[..5]),
            Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")),
            Feed.Response(key, siret));
        await AcceptAllAsync(host, key);

        var page = (await host.SendAsync(new GetPublicTestimonies(PublicSubjects.Formation, "RNCP" + siret[..5]))).Value;

        page.Responses.ShouldBeNull();
        page.Testimonies.ShouldBeEmpty();
        page.Distributions.ShouldBeEmpty();
        page.Title.ShouldBe("CAP Cuisine");
    }

    [Fact]
    public async Task At_the_threshold_aggregates_are_public_but_testimonies_only_after_a_human_decision()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await host.PublishAsync(Feed.Formation(key, siret),
            Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")),
            Feed.Response(key, siret, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense.")),
            Feed.Response(key, siret));

        var before = (await host.SendAsync(new GetPublicTestimonies(PublicSubjects.Establishment, siret))).Value;
        before.Responses.ShouldBe(3);
        before.Distributions.ShouldContain(d => d.QuestionKey == "cfa.ambiance" && d.Values.Single().Count == 3);
        before.Testimonies.ShouldBeEmpty();

        var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).OrderBy(v => v.ReceivedAtUtc).Select(v => v.Id).ToListAsync());
        await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [ids[0]], ModerationStatuses.Validated, null));
        await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [ids[1]], ModerationStatuses.Gem, null));

        var after = (await host.SendAsync(new GetPublicTestimonies(PublicSubjects.Establishment, siret))).Value;
        after.Total.ShouldBe(2);
        after.Testimonies[0].IsGem.ShouldBeTrue();
        after.Testimonies.ShouldAllBe(t => !t.Text.Contains("06 "));
    }

    [Fact]
    public async Task Rejected_or_pending_testimonies_are_never_public()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var key = "f-" + siret;
        await host.PublishAsync(
            Feed.Response(key, siret, ("cfa.conseil", "Texte refusé par la modération.")),
            Feed.Response(key, siret, ("cfa.conseil", "Texte encore à modérer.")),
            Feed.Response(key, siret));
        var first = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).OrderBy(v => v.ReceivedAtUtc).Select(v => v.Id).FirstAsync());
        await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), [first], ModerationStatuses.Rejected, "Hors sujet"));

        var page = (await host.SendAsync(new GetPublicTestimonies(PublicSubjects.Formation, "40025214"))).Value;

        page.Responses.ShouldNotBeNull();
        page.Total.ShouldBe(0);
    }

    [Theory]
    [InlineData(PublicSubjects.Formation, "ABC")]
    [InlineData(PublicSubjects.Formation, "RNCPX12")]
    [InlineData(PublicSubjects.Establishment, "1234")]
    public async Task A_malformed_code_is_invalid(string subject, string code)
    {
        await using var host = await SiriusHost.OnPostgresAsync();

        var result = await host.SendAsync(new GetPublicTestimonies(subject, code));

        result.Error!.Kind.ShouldBe(Sirius.BuildingBlocks.ErrorKind.Invalid);
    }

    [Fact]
    public async Task Feedback_on_a_testimony_that_is_not_published_is_refused()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync(Feed.Response("f-" + siret, siret, ("cfa.conseil", "Un texte encore à modérer.")));
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).SingleAsync());

        var result = await host.SendAsync(new RecordTestimonyFeedback(id, true, "navigateur-1"));

        result.Error!.Kind.ShouldBe(Sirius.BuildingBlocks.ErrorKind.NotFound);
    }

    [Fact]
    public async Task A_browser_answers_was_it_useful_once_per_testimony_and_a_second_answer_is_refused()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync(Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les formateurs sont à l'écoute.")));
        var id = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).SingleAsync());
        await host.SendAsync(new AcceptSuggestions(await host.ModeratorAsync(), [id]));

        (await host.SendAsync(new RecordTestimonyFeedback(id, true, "navigateur-1"))).IsSuccess.ShouldBeTrue();
        var again = await host.SendAsync(new RecordTestimonyFeedback(id, false, "navigateur-1"));
        (await host.SendAsync(new RecordTestimonyFeedback(id, true, "navigateur-2"))).IsSuccess.ShouldBeTrue();

        again.Error!.Kind.ShouldBe(Sirius.BuildingBlocks.ErrorKind.Conflict);
        var verbatim = await host.InDbAsync(db => db.Verbatims.AsNoTracking().SingleAsync(v => v.Id == id));
        verbatim.UsefulCount.ShouldBe(2);
        verbatim.NotUsefulCount.ShouldBe(0);
    }

    private static async Task AcceptAllAsync(SiriusHost host, string key)
    {
        var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => v.Id).ToListAsync());
        (await host.SendAsync(new AcceptSuggestions(await host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
    }
}
