using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Impact;

/// <summary>
/// Adds a batch of the host's counts to the counters. Each host instance sends its batches one at a time; the lock
/// makes two instances take turns, so that a counter row is never created twice or loses a count. Impact counters are
/// not a public read model: they do not move the read-model version (the widget's stored pages stay valid).
/// </summary>
internal sealed class RecordImpactHandler(ITestimoniesDb db) : IRequestHandler<RecordImpact, int>
{
    public async Task<int> Handle(RecordImpact command, CancellationToken cancellationToken)
    {
        if (command.Counts.Count == 0)
        {
            return 0;
        }

        await db.LockAsync("testimonies.impact", cancellationToken);
        var testimonyIds = command.Counts.Keys.Where(h => h.Testimony is not null).Select(h => h.Testimony!.Value).Distinct().ToList();
        var testimonySirets = await db.Verbatims.AsNoTracking().Where(v => testimonyIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.FormateurSiret, cancellationToken);
        var uais = command.Counts.Keys.Select(h => CodeOf(h.Target)).Where(PublicCodes.IsUai).Distinct().ToList();
        var uaiSirets = await db.Establishments.AsNoTracking().Where(e => e.Uai != null && uais.Contains(e.Uai))
            .ToDictionaryAsync(e => e.Uai!, e => e.Siret, cancellationToken);

        var sums = command.Counts
            .GroupBy(c => (c.Key.Day, c.Key.Measure, c.Key.Target, Siret: SiretOf(c.Key, testimonySirets, uaiSirets), c.Key.Origin))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var days = sums.Keys.Select(k => k.Day).Distinct().ToList();
        var targets = sums.Keys.Select(k => k.Target).Distinct().ToList();
        var existing = (await db.ImpactCounts.Where(c => days.Contains(c.Day) && targets.Contains(c.Target)).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.Day, c.Measure, c.Target, c.Siret, c.Origin));
        foreach (var (key, count) in sums)
        {
            if (!existing.TryGetValue(key, out var row))
            {
                row = ImpactCount.Create(key.Day, key.Measure, key.Target, key.Siret, key.Origin);
                db.ImpactCounts.Add(row);
            }

            row.Count += count;
        }

        return sums.Count;
    }

    private static string CodeOf(string target) => target[(target.IndexOf('/') + 1)..];

    /// <summary>A shown testimony is credited to its establishment; a widget or link to the establishment it named.</summary>
    private static string SiretOf(ImpactHit hit, Dictionary<Guid, string> testimonySirets, Dictionary<string, string> uaiSirets)
    {
        if (hit.Testimony is { } testimony)
        {
            return testimonySirets.GetValueOrDefault(testimony) ?? "";
        }

        if (hit.Siret is { } siret && PublicCodes.IsSiret(siret))
        {
            return siret;
        }

        var code = CodeOf(hit.Target);
        return !hit.Target.StartsWith(PublicSubjects.Establishment + "/", StringComparison.Ordinal) ? ""
            : PublicCodes.IsSiret(code) ? code
            : uaiSirets.GetValueOrDefault(code) ?? "";
    }
}
