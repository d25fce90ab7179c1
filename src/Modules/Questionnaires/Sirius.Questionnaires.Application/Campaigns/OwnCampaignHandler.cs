using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.Campaigns;

/// <summary>Loads a campaign the actor may act for; another CFA's campaign is reported as not found.</summary>
internal abstract class OwnCampaignHandler(IQuestionnairesDb db, IMediator mediator)
{
    protected IQuestionnairesDb Db { get; } = db;

    protected async Task<Result<Campaign>> LoadAsync(Guid actorId, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId && c.DeletedAtUtc == null, cancellationToken);
        var scope = await mediator.ScopeAsync(actorId, cancellationToken);
        return campaign is not null && scope?.MayActFor(campaign.Siret) == true
            ? campaign
            : Actors.CampaignNotFound;
    }

    /// <summary>Carries the campaign's new dates, seats or deletion to the statistics read side.</summary>
    protected async Task SyncStatisticsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var formation = await Db.Formations.AsNoTracking().FirstAsync(f => f.Key == campaign.FormationKey, cancellationToken);
        await StatisticsProjection.SyncCampaignAsync(Db, campaign, formation, cancellationToken);
    }
}
