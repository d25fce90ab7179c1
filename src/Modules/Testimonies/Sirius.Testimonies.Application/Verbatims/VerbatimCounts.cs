using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testimonies.Application.Publication;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetVerbatimCountsHandler(ITestimoniesDb db, IMediator mediator, ReadModelVersionCache versions, ReadSideCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetVerbatimCounts, IReadOnlyList<StatusCount>?>
{
    public async Task<IReadOnlyList<StatusCount>?> Handle(GetVerbatimCounts query, CancellationToken cancellationToken)
    {
        if ((await mediator.Send(new GetActorScope(query.ActorId), cancellationToken))?.StatisticsScope(query.National) is not { } scope)
        {
            return null;
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

internal sealed class GetVerbatimCountsBySiretHandler(ITestimoniesDb db, IMediator mediator, ReadModelVersionCache versions, ReadSideCache cache, AnonymityThreshold threshold)
    : IRequestHandler<GetVerbatimCountsBySiret, IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>?>
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>?> Handle(GetVerbatimCountsBySiret query, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetActorScope(query.ActorId), cancellationToken) is not { IsAdministrator: true })
        {
            return null;
        }

        return await cache.VerbatimCountsBySiret.GetOrAddAsync(await versions.CurrentAsync(cancellationToken), "", async () =>
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
}

internal sealed class RebuildVerbatimTalliesHandler(ITestimoniesDb db) : IRequestHandler<RebuildVerbatimTallies, Result<int>>
{
    public async Task<Result<int>> Handle(RebuildVerbatimTallies command, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        await db.VerbatimTallies.ExecuteDeleteAsync(cancellationToken);
        var counts = await db.Verbatims.AsNoTracking()
            .Where(v => !v.Discarded)
            .GroupBy(v => new { v.FormationKey, v.Status })
            .Select(g => new { g.Key.FormationKey, g.Key.Status, Siret = g.Max(v => v.FormateurSiret), Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var count in counts)
        {
            var tally = VerbatimTally.Create(count.FormationKey, count.Siret ?? "", count.Status);
            tally.Count = count.Count;
            db.VerbatimTallies.Add(tally);
        }

        await db.ThemeTallies.ExecuteDeleteAsync(cancellationToken);
        var themeTallies = new List<ThemeTally>();
        var published = await db.Verbatims.AsNoTracking().Published()
            .GroupBy(v => new { v.FormationKey, v.Themes })
            .Select(g => new { g.Key.FormationKey, g.Key.Themes, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var tally in published
                     .SelectMany(p => p.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)
                         .Select(theme => (p.FormationKey, Theme: theme, p.Count)))
                     .GroupBy(t => (t.FormationKey, t.Theme)))
        {
            var themeTally = ThemeTally.Create(tally.Key.FormationKey, tally.Key.Theme);
            themeTally.Count = tally.Sum(t => t.Count);
            db.ThemeTallies.Add(themeTally);
            themeTallies.Add(themeTally);
        }

        await db.RecountThemesAsync(themeTallies, cancellationToken);
        await db.RecountAsync(cancellationToken);
        return counts.Count;
    }
}

internal static class VerbatimCounts
{
    /// <summary>Every moderation status in the back office's order, with zero where no verbatim is.</summary>
    public static IReadOnlyList<StatusCount> ByStatus(IEnumerable<(VerbatimStatus Status, int Count)> counts)
    {
        var byName = counts.GroupBy(c => StatusNames.Of(c.Status)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return ModerationStatuses.All.Select(s => new StatusCount(s.Value, s.Label, byName.GetValueOrDefault(s.Value))).ToList();
    }
}
