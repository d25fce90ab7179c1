using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// /statistiques reads counters the projections keep, and its rendering is kept for the read models' version: on a
/// real PostgreSQL database, the figures equal what counting the rows gives after every kind of change, and a
/// moderation decision taken on one instance shows on another instance's page within seconds.
/// </summary>
public sealed partial class PublicStatisticsTests : IAsyncLifetime
{
    private const int Threshold = AnonymityThreshold.Default;

    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_figures_equal_the_counts_of_the_rows_after_responses_decisions_and_discards()
    {
        var client = _host.CreateClient();
        (await FiguresAsync(client)).ShouldBe(await CountedAsync(), "before any response");

        var (first, second) = (Identifiers.NewSiret(), Identifiers.NewSiret());
        var campaign = Guid.NewGuid();
        var discarded = Feed.Response("f1-" + first, first, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense."));
        await _host.PublishAsync(
            Feed.Formation("f1-" + first, first), Feed.Formation("f2-" + first, first), Feed.Formation("f1-" + second, second),
            discarded with { CampaignId = campaign },
            Feed.Response("f1-" + first, first, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")) with { CampaignId = campaign },
            Feed.Response("f2-" + first, first, ("cfa.conseil", "Mon tuteur m'apprend le métier chaque jour.")),
            Feed.Response("f1-" + second, second, ("cfa.conseil", "Les cours sont clairs et les formateurs disponibles.")));
        await ShouldAgreeAsync(client, "after four responses (three campaigns, two establishments)", responses: 4);

        var ids = await _host.InDbAsync(db => db.Verbatims.OrderBy(v => v.ReceivedAtUtc).Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
        await ShouldAgreeAsync(client, "after publishing every verbatim", responses: 4);

        (await _host.SendAsync(new ModerateVerbatims(await _host.ModeratorAsync(), [ids[1]], ModerationStatuses.Rejected, "Hors sujet"))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new ModerateVerbatims(await _host.ModeratorAsync(), [ids[2]], ModerationStatuses.Gem, null))).IsSuccess.ShouldBeTrue();
        await ShouldAgreeAsync(client, "after a rejection and a gem", responses: 4);

        // The campaign keeps its other response; the establishment of the other campaign loses its only one.
        await _host.PublishAsync(new ResponseDiscarded(Guid.NewGuid(), DateTime.UtcNow, discarded.ResponseId, campaign));
        var last = await _host.InDbAsync(db => db.CountedResponses.Where(r => r.FormationKey == "f1-" + second).Select(r => new { r.ResponseId, r.CampaignId }).SingleAsync());
        await _host.PublishAsync(new ResponseDiscarded(Guid.NewGuid(), DateTime.UtcNow, last.ResponseId, last.CampaignId));
        await ShouldAgreeAsync(client, "after two discards", responses: 2);

        (await _host.SendAsync(new RebuildVerbatimTallies())).IsSuccess.ShouldBeTrue();
        await ShouldAgreeAsync(client, "after the read models' rebuild", responses: 2);
    }

    [Fact]
    public async Task A_moderation_decision_on_one_instance_shows_on_the_page_of_every_instance_within_seconds()
    {
        var siret = Identifiers.NewSiret();
        await _host.PublishAsync(
            [Feed.Formation("f-" + siret, siret),
             .. Enumerable.Range(0, Threshold).Select(_ => Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")))]);
        await using var other = _host.Sibling();
        var (here, there) = (_host.CreateClient(), other.CreateClient());
        (await FiguresAsync(here)).Published.ShouldBe(0);
        (await FiguresAsync(there)).Published.ShouldBe(0);

        var ids = await _host.InDbAsync(db => db.Verbatims.Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();

        foreach (var client in new[] { here, there })
        {
            await Eventually.HoldsAsync(async () => (await FiguresAsync(client)).Published == Threshold, "the published testimonies are counted", TimeSpan.FromSeconds(10));
        }
    }

    private async Task ShouldAgreeAsync(HttpClient client, string when, int responses)
    {
        var counted = await CountedAsync();
        counted.Responses.ShouldBe(responses < Threshold ? null : responses, when);
        await Eventually.HoldsAsync(async () => await FiguresAsync(client) == counted, $"the page shows the counts of the rows {when}: {counted}", TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// The figures as counting the rows gives them (what the page did on every request before), withheld (null) above
    /// zero and below the anonymity threshold as the page must.
    /// </summary>
    private Task<Figures> CountedAsync() => _host.InDbAsync(async db =>
    {
        var counted = db.CountedResponses.Where(r => !r.Discarded);
        int? shown(int count) => count is > 0 and < Threshold ? null : count;
        return new Figures(
            shown(await db.FormationResponses.Where(f => f.Responses > 0).Select(f => f.FormateurSiret).Distinct().CountAsync()),
            shown(await counted.Select(r => r.CampaignId).Distinct().CountAsync()),
            shown(await counted.CountAsync()),
            shown(await db.Verbatims.CountAsync(v => !v.Discarded && (v.Status == VerbatimStatus.Validated || v.Status == VerbatimStatus.Gem))));
    });

    private static async Task<Figures> FiguresAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/statistiques");
        var figures = Figure().Matches(html).ToDictionary(m => m.Groups["label"].Value, m => Number(m.Groups["value"].Value));
        return new Figures(
            figures["établissements participants"], figures["campagnes avec des réponses"], figures["réponses d’apprentis"],
            figures["témoignages publiés après modération"]);
    }

    /// <summary>A printed count; null for « moins de 3 ».</summary>
    private static int? Number(string printed) =>
        printed == $"moins de {Threshold}" ? null : int.Parse(Regex.Replace(printed, "[^0-9]", ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<p class=\"fr-h2 fr-mb-0\">(?<value>[^<]+)</p><p>(?<label>[^<]+)</p>")]
    private static partial Regex Figure();

    private sealed record Figures(int? Establishments, int? Campaigns, int? Responses, int? Published);
}
