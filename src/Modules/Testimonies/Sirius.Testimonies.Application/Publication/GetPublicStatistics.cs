using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// The public statistics' testimony figures from the rows the handlers keep (<see cref="PublicCounting"/>): one
/// counters row, a few dozen theme rows and at most a few thousand delay buckets. Nothing below the anonymity
/// threshold leaves: a small count is withheld, and so are a share and a median over too few decisions.
/// </summary>
internal sealed class GetPublicStatisticsHandler(ITestimoniesDb db, AnonymityThreshold threshold) : IRequestHandler<GetPublicStatistics, PublicStatistics>
{
    public async Task<PublicStatistics> Handle(GetPublicStatistics query, CancellationToken cancellationToken)
    {
        var counters = await db.PublicCounters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == PublicCounters.SingleId, cancellationToken);
        var themes = await db.NationalThemeTallies.AsNoTracking().Where(t => t.Count > 0)
            .Select(t => new { t.Theme, t.Count }).ToListAsync(cancellationToken);
        var delays = await db.ModerationDelayTallies.AsNoTracking().Where(d => d.Count > 0)
            .Select(d => new { d.Hours, d.Count }).ToListAsync(cancellationToken);

        var published = counters?.PublishedTestimonies ?? 0;
        var decided = published + (counters?.RejectedTestimonies ?? 0);
        // A testimony may carry several themes: the counts add up to no total shown.
        var withheld = threshold.Withhold(themes.Select(t => (t.Theme, (long)t.Count)), summedInATotal: false);
        return new PublicStatistics(
            Shown(counters?.Establishments ?? 0),
            Shown(counters?.Campaigns ?? 0),
            Shown(counters?.Responses ?? 0),
            Shown(published),
            threshold.Allows(decided) ? Math.Round(100.0 * published / decided, 1) : null,
            threshold.Allows(delays.Sum(d => (long)d.Count)) ? ModerationDelayTally.Median(delays.Select(d => (d.Hours, (long)d.Count))) : null,
            themes.OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal)
                .Select(t => new PublicThemeCount(ThemeLabels.Of([t.Theme])[0], withheld.Hides(t.Theme) ? null : t.Count)).ToList(),
            threshold.Value);
    }

    private int? Shown(int count) => count == 0 || threshold.Allows(count) ? count : null;
}
