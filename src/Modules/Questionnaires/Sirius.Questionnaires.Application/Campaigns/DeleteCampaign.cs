using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class DeleteCampaignHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : OwnCampaignHandler(db, mediator), IRequestHandler<DeleteCampaign, Result>
{
    public async Task<Result> Handle(DeleteCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(command.ActorId, command.CampaignId, cancellationToken);
        if (!campaign.IsSuccess)
        {
            return campaign.Error!;
        }

        campaign.Value.Delete(clock.GetUtcNow().UtcDateTime);
        await SyncStatisticsAsync(campaign.Value, cancellationToken);
        return Result.Success();
    }
}
