using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class UpdateCampaignHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : OwnCampaignHandler(db, mediator), IRequestHandler<UpdateCampaign, Result>
{
    public async Task<Result> Handle(UpdateCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(command.ActorId, command.CampaignId, cancellationToken);
        if (!campaign.IsSuccess)
        {
            return campaign.Error!;
        }

        var changed = campaign.Value.Change(command.Name, command.StartDate, command.EndDate, command.Seats, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (changed.IsSuccess)
        {
            await SyncStatisticsAsync(campaign.Value, cancellationToken);
        }

        return changed;
    }
}
