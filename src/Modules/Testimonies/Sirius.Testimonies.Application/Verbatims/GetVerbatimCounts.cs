using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetVerbatimCountsHandler(ITestimoniesDb db, IMediator mediator, ReadModelVersionCache versions, ReadSideCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetVerbatimCounts, IReadOnlyList<StatusCount>>
{
    public async Task<IReadOnlyList<StatusCount>> Handle(GetVerbatimCounts query, CancellationToken cancellationToken)
    {
        if ((await mediator.Send(new GetActorScope(query.ActorId), cancellationToken))?.StatisticsScope(query.National) is not { } scope)
        {
            return [];
        }

        var key = scope.Kind + "|" + string.Join(',', scope.Codes);
        return await cache.VerbatimCounts.GetOrAddAsync(await versions.CurrentAsync(cancellationToken), key, async () =>
        {
            var responses = await Within(db.FormationResponses.AsNoTracking(), scope).SumAsync(r => (long)r.Responses, cancellationToken);
            if (responses > 0 && !threshold.Allows(responses))
            {
                return [];
            }

            var counts = await Within(db.VerbatimTallies.AsNoTracking(), scope)
                .GroupBy(t => t.Status)
                .Select(g => new { Status = g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken);
            return VerbatimCounts.ByStatus(counts.Select(c => (c.Status, c.Count)));
        });
    }

    private IQueryable<T> Within<T>(IQueryable<T> rows, StatisticsScope scope)
        where T : class, IFormationRow
    {
        var codes = scope.Codes;
        return scope.Kind switch
        {
            ScopeKinds.National => rows,
            ScopeKinds.Region => rows.Where(t => db.Formations.Any(f => f.Key == t.FormationKey && codes.Contains(f.RegionCode))),
            ScopeKinds.Department => rows.Where(t => db.Formations.Any(f => f.Key == t.FormationKey && codes.Contains(f.DepartmentCode))),
            ScopeKinds.Sirets => rows.Where(t => codes.Contains(t.FormateurSiret)),
            ScopeKinds.Opco => rows.Where(t => db.Formations.Any(f => f.Key == t.FormationKey && f.RncpCode != null && codes.Contains(f.RncpCode))),
            _ => rows.Where(t => false),
        };
    }
}
