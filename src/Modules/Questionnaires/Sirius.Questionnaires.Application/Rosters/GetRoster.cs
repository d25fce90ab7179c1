using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class GetRosterHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<GetRoster, RosterView?>
{
    public async Task<RosterView?> Handle(GetRoster query, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, query.ActorId, cancellationToken) is not { } managed
            || await managed.FirstOrDefaultAsync(c => c.Id == query.CampaignId, cancellationToken) is not { } campaign)
        {
            return null;
        }

        var entries = await db.RosterEntries.AsNoTracking()
            .Where(e => e.CampaignId == campaign.Id)
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc, e.Opened, e.Answered, Removed = e.RemovedAtUtc != null })
            .ToListAsync(cancellationToken);
        var listed = entries.Where(e => !e.Removed).ToList();
        return new RosterView(
            campaign.Id,
            campaign.Name,
            await RosterImport.CfdAsync(db, campaign, cancellationToken),
            campaign.Siret,
            campaign.StartDate,
            campaign.EndDate,
            campaign.PersonalInvitationsOnly,
            new RosterCounts(listed.Count, entries.Count(e => e.InvitedAtUtc != null), entries.Count(e => e.Opened), entries.Count(e => e.Answered)),
            listed.Select(e => new RosterEntryView(e.Id, e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc)).ToList(),
            entries.Count - listed.Count);
    }
}
