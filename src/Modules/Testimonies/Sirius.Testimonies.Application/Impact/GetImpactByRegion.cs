using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>The impact per région of the establishment credited (the région of its formations' places).</summary>
internal sealed class GetImpactByRegionHandler(ITestimoniesDb db, TimeProvider clock) : IRequestHandler<GetImpactByRegion, IReadOnlyDictionary<string, ImpactTotals>>
{
    public async Task<IReadOnlyDictionary<string, ImpactTotals>> Handle(GetImpactByRegion query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counters = await db.CountersBetween(query.From, today)
            .GroupBy(c => new { c.Siret, c.Measure })
            .Select(g => new { g.Key.Siret, g.Key.Measure, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var votes = await db.VotesBetween(query.From, today)
            .Join(db.Verbatims.AsNoTracking(), f => f.VerbatimId, v => v.Id, (f, v) => new { v.FormateurSiret, f.Useful })
            .GroupBy(x => new { x.FormateurSiret, x.Useful })
            .Select(g => new { Siret = g.Key.FormateurSiret, g.Key.Useful, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var regions = (await db.Formations.AsNoTracking().Where(f => f.RegionCode != "")
                .Select(f => new { f.FormateurSiret, f.RegionCode }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(f => f.FormateurSiret)
            .ToDictionary(g => g.Key, g => g.Min(f => f.RegionCode)!);
        string region(string siret) => regions.GetValueOrDefault(siret) ?? "";

        return counters.Select(c => region(c.Siret)).Concat(votes.Select(v => region(v.Siret))).Distinct()
            .ToDictionary(r => r, r => ImpactReading.Totals(
                counters.Where(c => region(c.Siret) == r).Select(c => (c.Measure, c.Count)),
                votes.Where(v => region(v.Siret) == r).Select(v => (v.Useful, v.Count))));
    }
}
