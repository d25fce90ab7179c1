using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetVerbatimCountsBySiretHandler(ITestimoniesDb db, ReadModelVersionCache versions, ReadSideCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetVerbatimCountsBySiret, IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>>
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>> Handle(GetVerbatimCountsBySiret query, CancellationToken cancellationToken) =>
        await cache.VerbatimCountsBySiret.GetOrAddAsync(await versions.CurrentAsync(cancellationToken), "", async () =>
        {
            var counts = await db.VerbatimTallies.AsNoTracking()
                .GroupBy(t => new { t.FormateurSiret, t.Status })
                .Select(g => new { g.Key.FormateurSiret, g.Key.Status, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken);
            var shown = (await db.FormationResponses.AsNoTracking()
                    .GroupBy(r => r.FormateurSiret)
                    .Select(g => new { Siret = g.Key, Responses = g.Sum(r => (long)r.Responses) })
                    .ToListAsync(cancellationToken))
                .Where(r => threshold.Allows(r.Responses))
                .Select(r => r.Siret)
                .ToHashSet(StringComparer.Ordinal);
            return (IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>)counts.Where(c => shown.Contains(c.FormateurSiret)).GroupBy(c => c.FormateurSiret)
                .ToDictionary(g => g.Key, g => VerbatimCounts.ByStatus(g.Select(c => (c.Status, c.Count))));
        });
}
