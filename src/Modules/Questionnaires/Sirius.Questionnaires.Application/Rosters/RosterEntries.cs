using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

internal static class RosterEntries
{
    public static Error NotFound { get; } = Error.NotFound("roster.entry_not_found", "Cet apprenti ne figure pas sur la liste de cette campagne.");

    /// <summary>The line, if it belongs to a campaign the actor manages (another CFA's line is not found).</summary>
    public static async Task<RosterEntry?> ManagedAsync(
        this IQuestionnairesDb db, IMediator mediator, Guid actorId, Guid campaignId, Guid entryId, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, actorId, cancellationToken) is not { } managed
            || !await managed.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return null;
        }

        return await db.RosterEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.CampaignId == campaignId, cancellationToken);
    }
}
