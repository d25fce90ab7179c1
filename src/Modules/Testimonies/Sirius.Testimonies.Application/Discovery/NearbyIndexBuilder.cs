using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Discovery;

internal static class NearbyIndexBuilder
{
    private const int TopThemes = 3;

    /// <summary>Every located formation place at or above the anonymity threshold with at least one published testimony.</summary>
    public static async Task<NearbyIndex> BuildAsync(ITestimoniesDb db, AnonymityThreshold threshold, CancellationToken cancellationToken)
    {
        var minimum = threshold.Value;

        // Read before the places: a change committed during the build moves the version past this one.
        var version = await db.ReadModelVersions.AsNoTracking().Where(v => v.Id == ReadModelVersion.SingleId)
            .Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        var places = await (
                from f in db.Formations.AsNoTracking()
                join r in db.FormationResponses.AsNoTracking() on f.Key equals r.FormationKey
                join e in db.Establishments.AsNoTracking() on f.FormateurSiret equals e.Siret into establishments
                from e in establishments.DefaultIfEmpty()
                where r.Responses >= minimum && f.Latitude != null && f.Longitude != null
                select new
                {
                    f.Key, f.Cfd, f.RncpCode, f.Title, f.Diploma, f.Level, f.Commune, f.Latitude, f.Longitude, f.FormateurSiret,
                    Uai = e == null ? null : e.Uai,
                    Name = e == null ? null : e.Name,
                    EstablishmentCommune = e == null ? null : e.Commune,
                    r.Responses,
                    r.VerifiedResponses,
                })
            .ToListAsync(cancellationToken);
        var published = (await db.VerbatimTallies.AsNoTracking()
                .Where(t => t.Count > 0 && (t.Status == VerbatimStatus.Validated || t.Status == VerbatimStatus.Gem))
                .Select(t => new { t.FormationKey, t.Count })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.FormationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Count), StringComparer.Ordinal);
        var themes = (await db.ThemeTallies.AsNoTracking().Where(t => t.Count > 0).Select(t => new { t.FormationKey, t.Theme, t.Count })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.FormationKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => ThemeLabels.Of(g.OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal).Take(TopThemes).Select(t => t.Theme)),
                StringComparer.Ordinal);

        var located = new List<NearbyPlace>(places.Count);
        foreach (var p in places)
        {
            if (published.GetValueOrDefault(p.Key) is not (> 0 and var testimonies))
            {
                continue;
            }

            located.Add(new NearbyPlace(
                p.Key, p.Cfd, p.RncpCode, p.Title, p.Diploma, p.Level, p.Commune, p.Latitude!.Value, p.Longitude!.Value, p.FormateurSiret,
                p.Uai, p.Name ?? p.FormateurSiret, p.EstablishmentCommune ?? p.Commune, p.Responses, testimonies,
                Math.Round((double)p.VerifiedResponses / p.Responses, 3), themes.GetValueOrDefault(p.Key) ?? []));
        }

        return new NearbyIndex(version, located);
    }
}
