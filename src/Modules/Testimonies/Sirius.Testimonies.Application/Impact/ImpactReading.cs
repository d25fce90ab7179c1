using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>The counters and the dated « utile ? » votes of a period, as the impact queries read them.</summary>
internal static class ImpactReading
{
    public static IQueryable<ImpactCount> CountersBetween(this ITestimoniesDb db, DateOnly from, DateOnly to) =>
        db.ImpactCounts.AsNoTracking().Where(c => c.Day >= from && c.Day <= to);

    public static IQueryable<VerbatimFeedback> VotesBetween(this ITestimoniesDb db, DateOnly from, DateOnly to) =>
        db.VerbatimFeedbacks.AsNoTracking().Where(f => f.GivenOn != null && f.GivenOn >= from && f.GivenOn <= to);

    public static ImpactTotals Totals(IEnumerable<(string Measure, long Count)> counters, IEnumerable<(bool Useful, long Count)> votes)
    {
        var byMeasure = counters.GroupBy(c => c.Measure).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var byVote = votes.GroupBy(v => v.Useful).ToDictionary(g => g.Key, g => g.Sum(v => v.Count));
        return new ImpactTotals(
            byMeasure.GetValueOrDefault(ImpactMeasures.Impression),
            byMeasure.GetValueOrDefault(ImpactMeasures.TestimonyShown),
            byVote.GetValueOrDefault(true),
            byVote.GetValueOrDefault(false),
            byMeasure.GetValueOrDefault(ImpactMeasures.DiscoveryClick));
    }
}
