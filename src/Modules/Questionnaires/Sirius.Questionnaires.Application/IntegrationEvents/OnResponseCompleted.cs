using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.IntegrationEvents;

/// <summary>A completed response joins the statistics of its campaign.</summary>
internal sealed class OnResponseCompleted(IQuestionnairesDb db) : IIntegrationEventHandler<ResponseCompleted>
{
    public async Task Handle(ResponseCompleted e, CancellationToken cancellationToken)
    {
        await StatisticsProjection.LockAsync(db, cancellationToken);
        var campaign = await db.CampaignStatistics.FindAsync([e.CampaignId], cancellationToken);
        if (campaign is null)
        {
            // A campaign created before the read side existed: its row starts from the response's scope (a rebuild fills the rest).
            campaign = CampaignStatistics.Create(e.CampaignId, e.FormateurSiret, e.FormationKey, e.Cfd, e.RegionCode, e.DepartmentCode, e.DiplomaLevel);
            db.CampaignStatistics.Add(campaign);
        }

        var counted = new ProjectedResponse(
            e.CampaignId, DateOnly.FromDateTime(e.OccurredAtUtc), e.DurationSeconds, e.FreeTexts.Count > 0, e.Verified,
            e.Answers.Select(a => (a.QuestionKey, a.ItemKey ?? "", a.Value)).ToList());
        await StatisticsProjection.CountAsync(db, campaign, counted, +1, cancellationToken);
    }
}
