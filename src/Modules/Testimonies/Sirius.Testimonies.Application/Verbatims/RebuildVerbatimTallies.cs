using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Application.Publication;

namespace Sirius.Testimonies.Application.Verbatims;

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
