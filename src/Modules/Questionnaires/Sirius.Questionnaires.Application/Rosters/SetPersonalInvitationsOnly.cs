using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class SetPersonalInvitationsOnlyHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<SetPersonalInvitationsOnly, Result>
{
    public async Task<Result> Handle(SetPersonalInvitationsOnly command, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, command.ActorId, cancellationToken) is not { } managed
            || !await managed.AnyAsync(c => c.Id == command.CampaignId, cancellationToken))
        {
            return Actors.CampaignNotFound;
        }

        var campaign = await db.Campaigns.FirstAsync(c => c.Id == command.CampaignId, cancellationToken);
        campaign.RequirePersonalInvitations(command.Only);
        return Result.Success();
    }
}
