using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;

namespace Sirius.Testimonies.Tests.Verbatims;

/// <summary>The verbatims-per-status and published-per-theme read models against a brute-force count of the verbatims, on PostgreSQL.</summary>
public sealed class VerbatimTallyTests
{
    [Fact]
    public async Task After_a_random_sequence_of_responses_decisions_and_discards_the_tallies_equal_a_recount_and_a_rebuild_changes_nothing()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var random = new Random(20261126);
        var places = Enumerable.Range(0, 3).Select(_ => Identifiers.NewSiret()).Select(siret => (Key: "f-" + siret, Siret: siret)).ToList();
        var responses = new List<ResponseCompleted>();
        string[] decisions = [ModerationStatuses.Validated, ModerationStatuses.Gem, ModerationStatuses.ToFix, ModerationStatuses.Alert, ModerationStatuses.Rejected];

        for (var round = 0; round < 6; round++)
        {
            var batch = Enumerable.Range(0, random.Next(2, 6)).Select(_ =>
            {
                var (key, siret) = places[random.Next(places.Count)];
                return Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute."), ("entreprise.conseil", "Mon tuteur m'apprend le métier."));
            }).ToList();
            responses.AddRange(batch);
            await host.PublishAsync([.. batch]);

            var ids = await host.InDbAsync(db => db.Verbatims.Where(v => !v.Discarded).Select(v => v.Id).ToListAsync());
            var picked = ids.OrderBy(_ => random.Next()).Take(random.Next(1, ids.Count + 1)).ToList();
            var status = decisions[random.Next(decisions.Length)];
            (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), picked, status, status == ModerationStatuses.Rejected ? "Hors sujet" : null))).IsSuccess.ShouldBeTrue();
            if (random.Next(3) == 0)
            {
                var discarded = responses[random.Next(responses.Count)];
                await host.PublishAsync(new ResponseDiscarded(Guid.NewGuid(), DateTime.UtcNow, discarded.ResponseId, discarded.CampaignId));
            }

            (await TalliesAsync(host)).ShouldBe(await RecountAsync(host), $"after round {round}");
            (await ThemeTalliesAsync(host)).ShouldBe(await RecountThemesAsync(host), $"themes after round {round}");
            (await PublicTalliesAsync(host)).ShouldBe(await RecountPublicAsync(host), $"public statistics after round {round}");
        }

        var before = await TalliesAsync(host);
        var themesBefore = await ThemeTalliesAsync(host);
        var publicBefore = await PublicTalliesAsync(host);
        before.ShouldNotBeEmpty();
        themesBefore.ShouldNotBeEmpty();
        await host.InDbAsync(async db => await db.ThemeTallies.ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, 99)));
        await host.InDbAsync(async db => await db.NationalThemeTallies.ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, 99)));
        await host.InDbAsync(async db => await db.ModerationDelayTallies.ExecuteUpdateAsync(s => s.SetProperty(t => t.Hours, t => t.Hours + 1000)));
        (await host.SendAsync(new RebuildVerbatimTallies())).IsSuccess.ShouldBeTrue();
        (await TalliesAsync(host)).ShouldBe(before);
        (await ThemeTalliesAsync(host)).ShouldBe(themesBefore);
        (await PublicTalliesAsync(host)).ShouldBe(publicBefore);
    }

    [Fact]
    public async Task Counts_per_establishment_and_per_scope_follow_decisions_through_their_cache()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var admin = await host.AdministratorAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync(Feed.Response("f-" + siret, siret, ("cfa.conseil", "Très bonne ambiance."), ("entreprise.conseil", "Tuteur présent.")));
        var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).ToListAsync());

        // One response is below the anonymity threshold: the establishment's verbatims are withheld until it has three.
        (await host.SendAsync(new GetVerbatimCountsBySiret(admin)))!.Keys.ShouldNotContain(siret);
        await host.PublishAsync(Feed.Response("f-" + siret, siret), Feed.Response("f-" + siret, siret));
        (await host.SendAsync(new GetVerbatimCountsBySiret(admin)))![siret].Single(c => c.Status == ModerationStatuses.Pending).Count.ShouldBe(2);
        var gemsBefore = (await host.SendAsync(new GetVerbatimCounts(admin)))!.Single(c => c.Status == ModerationStatuses.Gem).Count;

        (await host.SendAsync(new ModerateVerbatims(admin, [ids[0]], ModerationStatuses.Gem, null))).IsSuccess.ShouldBeTrue();

        (await host.SendAsync(new GetVerbatimCounts(admin)))!.Single(c => c.Status == ModerationStatuses.Gem).Count.ShouldBe(gemsBefore + 1);

        var counts = (await host.SendAsync(new GetVerbatimCountsBySiret(admin)))![siret];
        counts.Single(c => c.Status == ModerationStatuses.Gem).Count.ShouldBe(1);
        counts.Single(c => c.Status == ModerationStatuses.Pending).Count.ShouldBe(1);
        counts.Sum(c => c.Count).ShouldBe(2);
        await Should.ThrowAsync<RequestRefusedException>(() => host.SendAsync(new GetVerbatimCountsBySiret(Guid.NewGuid())));
        await Should.ThrowAsync<RequestRefusedException>(() => host.SendAsync(new GetVerbatimCounts(Guid.NewGuid())));

        // An OPCO observer counts the verbatims of the formations with one of its RNCP codes, and no other.
        var rncp = "RNCP" + siret[..5];
        var opco = await host.ObserverAsync($"opco-{Guid.NewGuid():N}@opco.fr", "opco", rncp);
        (await host.SendAsync(new GetVerbatimCounts(opco)))!.Sum(c => c.Count).ShouldBe(0);
        await host.PublishAsync(Events.NewFormation(siret) with { Key = "f-" + siret, RncpCode = rncp });
        (await host.SendAsync(new GetVerbatimCounts(opco)))!.Sum(c => c.Count).ShouldBe(2);
    }

    [Fact]
    public async Task Moderators_deciding_at_once_on_verbatims_of_one_formation_lose_no_count()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var siret = Identifiers.NewSiret();
        await host.PublishAsync([.. Enumerable.Range(0, 6).Select(_ =>
            Feed.Response("f-" + siret, siret, ("cfa.conseil", "Les formateurs sont à l'écoute."), ("entreprise.conseil", "Mon tuteur m'apprend le métier.")))]);
        var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).ToListAsync());
        ids.Count.ShouldBe(12);

        var moderator = await host.ModeratorAsync();
        var decided = await Task.WhenAll(ids.Select(id =>
            Task.Run(() => host.SendAsync(new ModerateVerbatims(moderator, [id], ModerationStatuses.Validated, null)))));

        decided.ShouldAllBe(result => result.IsSuccess);
        (await TalliesAsync(host)).ShouldBe(await RecountAsync(host));
        (await ThemeTalliesAsync(host)).ShouldBe(await RecountThemesAsync(host));
        (await PublicTalliesAsync(host)).ShouldBe(await RecountPublicAsync(host));
    }

    private static Task<List<string>> TalliesAsync(SiriusHost host) =>
        host.InDbAsync(async db => (await db.VerbatimTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync())
            .Select(t => $"{t.FormationKey}|{t.FormateurSiret}|{t.Status}|{t.Count}").Order(StringComparer.Ordinal).ToList());

    private static Task<List<string>> ThemeTalliesAsync(SiriusHost host) =>
        host.InDbAsync(async db => (await db.ThemeTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync())
            .Select(t => $"{t.FormationKey}|{t.Theme}|{t.Count}").Order(StringComparer.Ordinal).ToList());

    private static Task<List<string>> RecountThemesAsync(SiriusHost host) =>
        host.InDbAsync(async db => (await db.Verbatims.AsNoTracking()
                .Where(v => !v.Discarded && (v.Status == VerbatimStatus.Validated || v.Status == VerbatimStatus.Gem)).ToListAsync())
            .SelectMany(v => v.ThemeNames.Select(theme => (v.FormationKey, Theme: theme)))
            .GroupBy(t => t)
            .Select(g => $"{g.Key.FormationKey}|{g.Key.Theme}|{g.Count()}").Order(StringComparer.Ordinal).ToList());

    /// <summary>The public statistics' national theme counts, rejected testimonies and moderation delays.</summary>
    private static Task<List<string>> PublicTalliesAsync(SiriusHost host) => host.InDbAsync(async db =>
        (await db.NationalThemeTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync()).Select(t => $"theme|{t.Theme}|{t.Count}")
            .Concat((await db.ModerationDelayTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync()).Select(t => $"delay|{t.Hours}|{t.Count}"))
            .Append($"rejected|{(await db.PublicCounters.AsNoTracking().SingleAsync()).RejectedTestimonies}")
            .Order(StringComparer.Ordinal).ToList());

    private static Task<List<string>> RecountPublicAsync(SiriusHost host) => host.InDbAsync(async db =>
    {
        var verbatims = await db.Verbatims.AsNoTracking().ToListAsync();
        return verbatims.Where(v => v.IsPublished).SelectMany(v => v.ThemeNames.Distinct()).GroupBy(t => t).Select(g => $"theme|{g.Key}|{g.Count()}")
            .Concat(verbatims.Where(v => v.ModeratedAtUtc != null).GroupBy(v => (int)Math.Floor((v.ModeratedAtUtc!.Value - v.ReceivedAtUtc).TotalHours))
                .Select(g => $"delay|{g.Key}|{g.Count()}"))
            .Append($"rejected|{verbatims.Count(v => !v.Discarded && v.Status == VerbatimStatus.Rejected)}")
            .Order(StringComparer.Ordinal).ToList();
    });

    private static Task<List<string>> RecountAsync(SiriusHost host) =>
        host.InDbAsync(async db => (await db.Verbatims.AsNoTracking().Where(v => !v.Discarded).ToListAsync())
            .GroupBy(v => (v.FormationKey, v.FormateurSiret, v.Status))
            .Select(g => $"{g.Key.FormationKey}|{g.Key.FormateurSiret}|{g.Key.Status}|{g.Count()}").Order(StringComparer.Ordinal).ToList());
}
