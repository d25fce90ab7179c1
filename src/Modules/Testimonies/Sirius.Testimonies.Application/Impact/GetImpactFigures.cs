using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>The public impact figures: totals, month by month, and the partner sites with most impressions.</summary>
internal sealed class GetImpactFiguresHandler(ITestimoniesDb db) : IRequestHandler<GetImpactFigures, ImpactFigures>
{
    public const int PartnerSites = 10;

    public async Task<ImpactFigures> Handle(GetImpactFigures query, CancellationToken cancellationToken)
    {
        var counters = (await db.CountersBetween(query.From, query.To)
            .GroupBy(c => new { c.Day, c.Measure })
            .Select(g => new { g.Key.Day, g.Key.Measure, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken))
            .Select(c => (Month: MonthOf(c.Day), c.Measure, c.Count)).ToList();
        var votes = (await db.VotesBetween(query.From, query.To)
            .GroupBy(f => new { f.GivenOn, f.Useful })
            .Select(g => new { g.Key.GivenOn, g.Key.Useful, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
            .Select(v => (Month: MonthOf(v.GivenOn!.Value), v.Useful, v.Count)).ToList();
        var sites = await db.CountersBetween(query.From, query.To)
            .Where(c => c.Measure == ImpactMeasures.Impression && c.Origin != "" && c.Origin != ImpactMeasures.SiriusOrigin)
            .GroupBy(c => c.Origin)
            .Select(g => new { Origin = g.Key, Count = g.Sum(c => c.Count) })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Origin)
            .Take(PartnerSites)
            .ToListAsync(cancellationToken);

        var months = new List<ImpactMonth>();
        for (var month = MonthOf(query.From); month <= query.To; month = month.AddMonths(1))
        {
            months.Add(new ImpactMonth(month, ImpactReading.Totals(
                counters.Where(c => c.Month == month).Select(c => (c.Measure, c.Count)),
                votes.Where(v => v.Month == month).Select(v => (v.Useful, v.Count)))));
        }

        return new ImpactFigures(
            ImpactReading.Totals(counters.Select(c => (c.Measure, c.Count)), votes.Select(v => (v.Useful, v.Count))),
            months,
            sites.Select(s => new PartnerSite(s.Origin, s.Count)).ToList());
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
