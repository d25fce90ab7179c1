using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class OpenInvitationHandler(IQuestionnairesDb db) : IRequestHandler<OpenInvitation, Result<OpenedInvitation>>
{
    public async Task<Result<OpenedInvitation>> Handle(OpenInvitation command, CancellationToken cancellationToken)
    {
        if (await db.RosterEntries.WithToken(command.InvitationToken).FirstOrDefaultAsync(cancellationToken) is not { } entry
            || await db.Campaigns.AsNoTracking().Where(c => c.Id == entry.CampaignId && c.DeletedAtUtc == null)
                .Select(c => c.Token).FirstOrDefaultAsync(cancellationToken) is not { } campaignToken)
        {
            return Invitations.Unknown;
        }

        entry.MarkOpened();
        return new OpenedInvitation(campaignToken, entry.Answered);
    }
}
