using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

internal sealed class GetOpenDataGroupsHandler(IQuestionnairesDb db, AnonymityThreshold threshold) : IRequestHandler<GetOpenDataGroups, IReadOnlyList<OpenDataGroup>>
{
    public async Task<IReadOnlyList<OpenDataGroup>> Handle(GetOpenDataGroups query, CancellationToken cancellationToken)
    {
        var campaigns = db.CampaignStatistics.AsNoTracking().Where(c => !c.Deleted && c.Responses > 0);
        if (query.RegionCode is { } region)
        {
            campaigns = campaigns.Where(c => c.RegionCode == region);
        }

        var rows = await campaigns
            .Select(c => new { c.CampaignId, c.StartDate, c.Cfd, c.Siret, c.RegionCode, c.DepartmentCode, c.DiplomaLevel, c.Responses, c.Seats, c.VerifiedResponses })
            .ToListAsync(cancellationToken);
        var groups = rows
            .GroupBy(c => (c.StartDate.Year, c.Cfd, c.Siret, c.RegionCode, c.DepartmentCode))
            .Where(g => threshold.Allows(g.Sum(c => (long)c.Responses)))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Cfd, StringComparer.Ordinal).ThenBy(g => g.Key.Siret, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DepartmentCode, StringComparer.Ordinal)
            .ToList();
        if (query.RegionCode is null)
        {
            return groups.Select(g => Group(g.Key, g.Max(c => c.DiplomaLevel), g.Select(c => (c.CampaignId, c.Responses, c.Seats, c.VerifiedResponses)), [])).ToList();
        }

        var ids = groups.SelectMany(g => g.Select(c => c.CampaignId)).ToList();
        var answers = (await db.AnswerStatistics.AsNoTracking()
                .Where(a => ids.Contains(a.CampaignId) && a.Responses > 0 && a.Value != QuestionRespondents.Value)
                .Select(a => new { a.CampaignId, a.QuestionKey, a.ItemKey, a.Value, a.Responses })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.CampaignId);
        return groups.Select(g => Group(
                g.Key,
                g.Max(c => c.DiplomaLevel),
                g.Select(c => (c.CampaignId, c.Responses, c.Seats, c.VerifiedResponses)),
                g.SelectMany(c => answers[c.CampaignId])
                    .GroupBy(a => (a.QuestionKey, a.ItemKey, a.Value))
                    .Select(a => new OpenDataAnswer(a.Key.QuestionKey, a.Key.ItemKey, a.Key.Value, a.Sum(x => (long)x.Responses)))
                    .GroupBy(a => (a.QuestionKey, a.ItemKey))
                    .Where(question => threshold.Allows(question.Sum(a => a.Responses)))
                    .SelectMany(question => question)
                    .OrderBy(a => a.QuestionKey, StringComparer.Ordinal).ThenBy(a => a.ItemKey, StringComparer.Ordinal).ThenBy(a => a.Value, StringComparer.Ordinal)
                    .ToList()))
            .ToList();
    }

    private static OpenDataGroup Group(
        (int Year, string Cfd, string Siret, string RegionCode, string DepartmentCode) key, int level,
        IEnumerable<(Guid Id, int Responses, int Seats, int Verified)> campaigns, IReadOnlyList<OpenDataAnswer> answers)
    {
        var list = campaigns.ToList();
        return new OpenDataGroup(
            key.Year, key.Cfd, key.Siret, key.RegionCode, key.DepartmentCode, level,
            list.Sum(c => (long)c.Responses), list.Sum(c => (long)c.Seats), list.Where(c => c.Seats > 0).Sum(c => (long)c.Responses),
            list.Sum(c => (long)c.Verified),
            list.Select(c => c.Id).ToList(), answers);
    }
}
