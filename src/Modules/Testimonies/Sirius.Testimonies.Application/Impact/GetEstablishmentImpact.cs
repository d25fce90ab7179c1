using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>How often an establishment's widgets were loaded and its testimonies read and found useful.</summary>
internal sealed class GetEstablishmentImpactHandler(ITestimoniesDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<GetEstablishmentImpact, ImpactTotals>
{
    public async Task<ImpactTotals> Handle(GetEstablishmentImpact query, CancellationToken cancellationToken)
    {
        var sirets = (await mediator.Send(new GetActorScope(query.ActorId), cancellationToken))?.Sirets ?? [];
        if (sirets.Count == 0)
        {
            return ImpactTotals.Zero;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counters = await db.CountersBetween(query.From, today).Where(c => sirets.Contains(c.Siret))
            .GroupBy(c => c.Measure)
            .Select(g => new { Measure = g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var votes = await db.VotesBetween(query.From, today)
            .Join(db.Verbatims.AsNoTracking().Where(v => sirets.Contains(v.FormateurSiret)), f => f.VerbatimId, v => v.Id, (f, v) => f)
            .GroupBy(f => f.Useful)
            .Select(g => new { Useful = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return ImpactReading.Totals(counters.Select(c => (c.Measure, c.Count)), votes.Select(v => (v.Useful, v.Count)));
    }
}
