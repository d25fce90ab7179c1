using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>The counters month by month, and the votes per month and establishment, for the open-data file.</summary>
internal sealed class GetImpactForOpenDataHandler(ITestimoniesDb db) : IRequestHandler<GetImpactForOpenData, IReadOnlyList<ImpactOpenDataRow>>
{
    public const string UsefulYes = "utile-oui";
    public const string UsefulNo = "utile-non";

    public async Task<IReadOnlyList<ImpactOpenDataRow>> Handle(GetImpactForOpenData query, CancellationToken cancellationToken)
    {
        var counters = await db.ImpactCounts.AsNoTracking()
            .GroupBy(c => new { c.Day.Year, c.Day.Month, c.Measure, c.Target, c.Siret, c.Origin })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Measure, g.Key.Target, g.Key.Siret, g.Key.Origin, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var votes = await db.VerbatimFeedbacks.AsNoTracking().Where(f => f.GivenOn != null)
            .Join(db.Verbatims.AsNoTracking(), f => f.VerbatimId, v => v.Id, (f, v) => new { f.GivenOn!.Value.Year, f.GivenOn!.Value.Month, v.FormateurSiret, f.Useful })
            .GroupBy(x => new { x.Year, x.Month, x.FormateurSiret, x.Useful })
            .Select(g => new { g.Key.Year, g.Key.Month, Siret = g.Key.FormateurSiret, g.Key.Useful, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return counters.Select(c => new ImpactOpenDataRow(new DateOnly(c.Year, c.Month, 1), c.Measure, c.Target, c.Siret, c.Origin, c.Count))
            .Concat(votes.Select(v => new ImpactOpenDataRow(new DateOnly(v.Year, v.Month, 1), v.Useful ? UsefulYes : UsefulNo, "", v.Siret, "", v.Count)))
            .OrderBy(r => r.Month).ThenBy(r => r.Measure, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .ThenBy(r => r.Siret, StringComparer.Ordinal).ThenBy(r => r.Origin, StringComparer.Ordinal)
            .ToList();
    }
}
