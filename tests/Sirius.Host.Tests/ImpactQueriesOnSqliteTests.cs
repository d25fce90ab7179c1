using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The impact queries on SQLite (the development and small-deployment provider), from recorded counts and a real vote.</summary>
public sealed class ImpactQueriesOnSqliteTests : SqliteHostTests
{
    [Fact]
    public async Task Counts_and_votes_add_up_the_same_in_every_query()
    {
        var key = await Host.PlaceAsync("de Grenoble", 45.18, 5.72, cfd: "50022199", responses: 3);
        var siret = key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..];
        var testimony = await Host.InDbAsync(db => db.Verbatims.Where(v => v.FormateurSiret == siret).Select(v => v.Id).FirstAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Host.SendAsync(new RecordImpact(new Dictionary<ImpactHit, long>
        {
            [new ImpactHit(today, ImpactMeasures.Impression, "etablissement/" + siret, null, null, "https://partenaire.example")] = 2,
            [new ImpactHit(today.AddDays(-40), ImpactMeasures.TestimonyShown, "formation/50022199", null, testimony, "")] = 3,
            [new ImpactHit(today, ImpactMeasures.DiscoveryClick, "formation/50022199", siret, null, ImpactMeasures.SiriusOrigin)] = 1,
        }));
        (await Host.SendAsync(new RecordTestimonyFeedback(testimony, false, "navigateur-1"))).IsSuccess.ShouldBeTrue();

        var expected = new ImpactTotals(Impressions: 2, TestimoniesShown: 3, UsefulYes: 0, UsefulNo: 1, DiscoveryClicks: 1);
        var figures = await Host.SendAsync(new GetImpactFigures(today.AddDays(-60), today));
        figures.Totals.ShouldBe(expected);
        figures.Months.Aggregate(ImpactTotals.Zero, (sum, m) => sum.Plus(m.Totals)).ShouldBe(expected);
        figures.PartnerSites.ShouldBe([new PartnerSite("https://partenaire.example", 2)]);
        var cfa = await Host.CfaStaffAsync("cfa@grenoble.test", siret);
        (await Host.SendAsync(new GetEstablishmentImpact(cfa, today.AddDays(-60)))).ShouldBe(expected);
        (await Host.SendAsync(new GetEstablishmentImpact(cfa, today.AddDays(-10)))).ShouldBe(expected with { TestimoniesShown = 0 });
        (await Host.SendAsync(new GetImpactByRegion(await Host.AdministratorAsync(), today.AddDays(-60)))).Values.Aggregate(ImpactTotals.Zero, (sum, t) => sum.Plus(t)).ShouldBe(expected);
        (await Host.SendAsync(new GetImpactForOpenData())).Sum(r => r.Count).ShouldBe(7);
    }
}
