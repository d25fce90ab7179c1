using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// Where a group's completion times, days and answers are summed from: for a national, région or département scope
/// the area tables (a few thousand rows whatever the number of responses), otherwise the rows of the group's campaigns
/// (a SIRET list, a CFA's own campaigns: few campaigns), looked up by their ids: joined to the campaigns' filter
/// instead, PostgreSQL scanned every campaign row to find them.
/// </summary>
internal sealed class StatisticsSums
{
    private readonly IQuestionnairesDb _db;
    private readonly List<Guid>? _campaignIds;
    private readonly string _area;
    private readonly List<string> _codes;

    private StatisticsSums(IQuestionnairesDb db, List<Guid>? campaignIds, string area, List<string> codes)
    {
        _db = db;
        _campaignIds = campaignIds;
        _area = area;
        _codes = codes;
    }

    public static async Task<StatisticsSums> ForAsync(IQuestionnairesDb db, StatisticsScope scope, CancellationToken cancellationToken) =>
        StatisticsArea.Covers(scope.Kind)
            ? new StatisticsSums(db, null, scope.Kind, scope.Kind == StatisticsArea.National ? [""] : scope.Codes.ToList())
            : OfCampaigns(db, await db.CampaignStatistics.AsNoTracking().Within(scope).Select(c => c.CampaignId).ToListAsync(cancellationToken));

    public static StatisticsSums OfCampaigns(IQuestionnairesDb db, List<Guid> campaignIds) => new(db, campaignIds, "", []);

    public async Task<List<(int Bucket, long Responses)>> DurationsAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaDurations.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DurationBuckets.AsNoTracking().Where(d => ids.Contains(d.CampaignId))
                .GroupBy(d => d.Bucket).Select(g => new { Bucket = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Bucket, r.Responses)).ToList();
    }

    public async Task<List<(DateOnly Day, long Responses)>> DaysAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaDays.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => a.Day).Select(g => new { Day = g.Key, Responses = g.Sum(a => a.Responses) }).ToListAsync(cancellationToken)
            : await _db.DailyResponses.AsNoTracking().Where(d => ids.Contains(d.CampaignId))
                .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Responses = g.Sum(d => (long)d.Responses) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Day, r.Responses)).ToList();
    }

    public async Task<List<AnswerSum>> AnswersAsync(CancellationToken cancellationToken)
    {
        var ids = _campaignIds;
        var rows = ids is null
            ? await _db.AreaAnswers.AsNoTracking().Where(a => a.Area == _area && _codes.Contains(a.Code))
                .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => a.Responses) })
                .ToListAsync(cancellationToken)
            : await _db.AnswerStatistics.AsNoTracking().Where(a => ids.Contains(a.CampaignId))
                .GroupBy(a => new { a.QuestionKey, a.ItemKey, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Responses = g.Sum(a => (long)a.Responses) })
                .ToListAsync(cancellationToken);
        return rows.Select(r => new AnswerSum(r.QuestionKey, r.ItemKey, r.Value, r.Responses)).ToList();
    }
}
