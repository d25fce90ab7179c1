using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Verbatims;

public sealed class ReceivingResponsesTests
{
    [Fact]
    public async Task Each_free_text_of_a_completed_response_becomes_one_pending_verbatim_with_its_pre_moderation()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var response = Feed.Response("f-" + siret, siret,
            ("cfa.conseil", "Mon tuteur Kevin Martin est top, écrivez-moi à kevin.martin@gmail.com pour l'ambiance au CFA."),
            ("entreprise.conseil", "   "));

        await host.PublishAsync(response);

        var verbatims = await host.InDbAsync(db => db.Verbatims.AsNoTracking().Where(v => v.ResponseId == response.ResponseId).ToListAsync());
        var verbatim = verbatims.ShouldHaveSingleItem();
        verbatim.Status.ShouldBe(VerbatimStatus.Pending);
        verbatim.OriginalText.ShouldContain("kevin.martin@gmail.com");
        verbatim.AnonymisedText.ShouldNotContain("kevin.martin@gmail.com");
        verbatim.FlagKinds.ShouldContain(" Email ");
        verbatim.FlagsJson.ShouldContain("Reason");
        verbatim.IsPublished.ShouldBeFalse();
    }

    [Fact]
    public async Task A_response_delivered_twice_creates_nothing_new_and_is_counted_once()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var response = Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les formateurs expliquent bien le métier."));

        await host.PublishAsync(response);
        await host.PublishAsync(response with { EventId = Guid.NewGuid() });

        (await host.InDbAsync(db => db.Verbatims.CountAsync(v => v.ResponseId == response.ResponseId))).ShouldBe(1);
        (await host.InDbAsync(db => db.FormationResponses.SingleAsync(f => f.FormationKey == response.FormationKey))).Responses.ShouldBe(1);
        (await host.InDbAsync(db => db.AnswerCounts.SingleAsync(c => c.FormationKey == response.FormationKey && c.QuestionKey == "cfa.ambiance"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_discarded_response_leaves_the_aggregates_and_its_verbatims_are_withdrawn()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var kept = Feed.Response("f-" + siret, siret);
        var discarded = Feed.Response("f-" + siret, siret, ("cfa.conseil", "Bonne ambiance dans l'atelier."));
        await host.PublishAsync(kept, discarded);

        await host.PublishAsync(new Questionnaires.Contracts.IntegrationEvents.ResponseDiscarded(Guid.NewGuid(), DateTime.UtcNow, discarded.ResponseId, discarded.CampaignId));

        (await host.InDbAsync(db => db.FormationResponses.SingleAsync(f => f.FormationKey == kept.FormationKey))).Responses.ShouldBe(1);
        (await host.InDbAsync(db => db.AnswerCounts.SingleAsync(c => c.FormationKey == kept.FormationKey && c.QuestionKey == "cfa.ambiance"))).Count.ShouldBe(1);
        (await host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.ResponseId == discarded.ResponseId))).Discarded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_published_formation_is_kept_with_its_codes_and_updated_when_published_again()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        var formation = Feed.Formation("f-" + siret, siret);

        await host.PublishAsync(formation);
        await host.PublishAsync(formation with { EventId = Guid.NewGuid(), Title = "CAP Cuisine (rénové)" });

        var stored = await host.InDbAsync(db => db.Formations.AsNoTracking().SingleAsync(f => f.Key == formation.Key));
        stored.Title.ShouldBe("CAP Cuisine (rénové)");
        stored.RncpCode.ShouldBe("RNCP12345");
        stored.FormateurSiret.ShouldBe(siret);
    }
}
