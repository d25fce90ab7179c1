using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// Reads <see cref="PublicResponseTally"/> (kept by <see cref="StatisticsProjection"/>) and withholds every group
/// below the anonymity threshold, with the smallest other group of its breakdown when it is alone.
/// </summary>
internal sealed class GetPublicResponseFiguresHandler(IQuestionnairesDb db, AnonymityThreshold threshold, TimeProvider clock)
    : IRequestHandler<GetPublicResponseFigures, PublicResponseFigures>
{
    public async Task<PublicResponseFigures> Handle(GetPublicResponseFigures query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = new DateOnly(today.Year, today.Month, 1);
        var first = current.AddMonths(1 - PublicResponseFigures.Months);
        var firstKey = PublicResponseTally.MonthKey(first);
        var rows = await db.PublicResponseTallies.AsNoTracking()
            .Where(t => t.Responses != 0 && (t.Dimension != PublicResponseTally.Month || string.Compare(t.Key, firstKey) >= 0))
            .Select(t => new { t.Dimension, t.Key, t.Responses })
            .ToListAsync(cancellationToken);

        var months = rows.Where(r => r.Dimension == PublicResponseTally.Month)
            .ToDictionary(r => DateOnly.ParseExact(r.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), r => r.Responses);
        var monthly = months.Count == 0
            ? []
            : Enumerable.Range(0, PublicResponseFigures.Months).Select(first.AddMonths).SkipWhile(m => !months.ContainsKey(m))
                .Select(m => (Key: m, Count: months.GetValueOrDefault(m))).ToList();
        var hiddenMonths = threshold.Withhold(monthly);

        return new PublicResponseFigures(
            monthly.Select(m => new PublicMonth(m.Key, hiddenMonths.Hides(m.Key) ? null : m.Count, hiddenMonths.Complement.Contains(m.Key))).ToList(),
            Groups(rows.Where(r => r.Dimension == PublicResponseTally.Region).Select(r => (r.Key, r.Responses)))
                .OrderByDescending(g => g.Responses ?? 0).ThenBy(g => g.Code, StringComparer.Ordinal).ToList(),
            Groups(rows.Where(r => r.Dimension == PublicResponseTally.DiplomaLevel).Select(r => (r.Key, r.Responses)))
                .OrderBy(g => g.Code.Length == 0).ThenBy(g => g.Code, StringComparer.Ordinal).ToList(),
            threshold.Value);
    }

    private IEnumerable<PublicGroup> Groups(IEnumerable<(string Code, long Responses)> groups)
    {
        var list = groups.Where(g => g.Responses > 0).ToList();
        var hidden = threshold.Withhold(list);
        var total = list.Sum(g => g.Responses);
        return list.Select(g => hidden.Hides(g.Code)
            ? new PublicGroup(g.Code, null, null, hidden.Complement.Contains(g.Code))
            : new PublicGroup(g.Code, g.Responses, Math.Round(100.0 * g.Responses / total, 1)));
    }
}
