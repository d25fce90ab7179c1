using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetModerationOverviewHandler(ITestimoniesDb db) : IRequestHandler<GetModerationOverview, ModerationOverview>
{
    public async Task<ModerationOverview> Handle(GetModerationOverview query, CancellationToken cancellationToken)
    {
        var pending = db.Verbatims.AsNoTracking().Where(v => !v.Discarded && v.Status == VerbatimStatus.Pending);
        var counts = await pending.GroupBy(v => v.Priority == VerbatimPriority.Alert)
            .Select(g => new { Alert = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ModerationOverview(counts.Sum(c => c.Count), counts.Where(c => c.Alert).Sum(c => c.Count));
    }
}
