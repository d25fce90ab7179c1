using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// The figures of a scope's campaigns, summed per establishment and formation in the database (about 20,000 rows for
/// the country's 50,000 campaigns) and added up in memory six ways: one read instead of one aggregate over every
/// campaign row per breakdown, each with its distinct count of establishments. The database sums integers (one
/// formation's campaigns cannot overflow them): PostgreSQL sums bigints as numerics, a quarter slower on the country.
/// </summary>
internal sealed record CampaignFigures(
    string Siret, string RegionCode, string DepartmentCode, string AcademyCode, int DiplomaLevel, string Cfd,
    int Campaigns, int Open, int Ended, long Responses, long Seats, long ResponsesWithinSeats, long FreeTextResponses, long Invited, long InvitationsAnswered)
{
    /// <param name="today">Decides which campaigns are open and which have ended.</param>
    public static Task<List<CampaignFigures>> WithinAsync(IQuestionnairesDb db, StatisticsScope scope, DateOnly today, CancellationToken cancellationToken) =>
        db.CampaignStatistics.AsNoTracking().Within(scope)
            .GroupBy(c => new { c.Siret, c.RegionCode, c.DepartmentCode, c.AcademyCode, c.DiplomaLevel, c.Cfd })
            .Select(g => new CampaignFigures(
                g.Key.Siret, g.Key.RegionCode, g.Key.DepartmentCode, g.Key.AcademyCode, g.Key.DiplomaLevel, g.Key.Cfd,
                g.Count(),
                g.Count(c => c.StartDate <= today && c.EndDate >= today),
                g.Count(c => c.EndDate < today),
                g.Sum(c => c.Responses),
                g.Sum(c => c.Seats),
                g.Sum(c => c.Seats > 0 ? c.Responses : 0),
                g.Sum(c => c.FreeTextResponses),
                g.Sum(c => c.Invited),
                g.Sum(c => c.InvitationsAnswered)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The groups' figures, the free-text count withheld for a group with responses below the threshold; when a single
    /// group is, the smallest group above it is withheld too, so that no one recomputes it from the total.
    /// </summary>
    public static IReadOnlyList<BreakdownRow> Breakdown(IReadOnlyList<CampaignFigures> campaigns, Func<CampaignFigures, string> key, AnonymityThreshold threshold)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var figures in campaigns)
        {
            var code = key(figures);
            if (!groups.TryGetValue(code, out var group))
            {
                groups[code] = group = new Group();
            }

            group.Add(figures);
        }

        // A group without responses has nothing to withhold: its free-text count is 0 whoever looks.
        var hidden = groups.Values.Where(g => g.Responses > 0 && !threshold.Allows(g.Responses)).ToHashSet();
        if (hidden.Count == 1
            && groups.Values.Where(g => g.Responses > 0 && !hidden.Contains(g)).MinBy(g => g.Responses) is { } smallest)
        {
            hidden.Add(smallest);
        }

        return groups
            .Select(g => new BreakdownRow(
                g.Key, g.Value.Sirets.Count, g.Value.Campaigns, g.Value.Responses, g.Value.Seats, hidden.Contains(g.Value) ? null : g.Value.FreeTextResponses))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Group
    {
        public HashSet<string> Sirets { get; } = new(StringComparer.Ordinal);

        public int Campaigns { get; private set; }

        public long Responses { get; private set; }

        public long Seats { get; private set; }

        public long FreeTextResponses { get; private set; }

        public void Add(CampaignFigures figures)
        {
            Sirets.Add(figures.Siret);
            Campaigns += figures.Campaigns;
            Responses += figures.Responses;
            Seats += figures.Seats;
            FreeTextResponses += figures.FreeTextResponses;
        }
    }
}
