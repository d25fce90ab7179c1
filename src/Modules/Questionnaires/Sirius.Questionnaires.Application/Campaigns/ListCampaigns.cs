using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class ListCampaignsHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<ListCampaigns, IReadOnlyList<CampaignRow>>
{
    public async Task<IReadOnlyList<CampaignRow>> Handle(ListCampaigns query, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, query.ActorId, cancellationToken) is not { } campaigns)
        {
            return [];
        }

        if (!string.IsNullOrWhiteSpace(query.Siret))
        {
            campaigns = campaigns.Where(c => c.Siret == query.Siret);
        }

        var rows =
            from c in campaigns
            join f in db.Formations on c.FormationKey equals f.Key
            join v in db.Versions on c.VersionId equals v.Id
            where string.IsNullOrEmpty(query.Diploma) || f.Diploma == query.Diploma
            orderby c.StartDate descending, c.Name
            select new CampaignRow(
                c.Id, c.Token, c.Name, f.Title, f.Diploma, c.Siret,
                db.Establishments.Where(e => e.Siret == c.Siret).Select(e => e.Name).FirstOrDefault() ?? c.Siret,
                c.StartDate, c.EndDate, c.Seats, c.ResponsesCount,
                c.Seats == 0 ? null : c.ResponsesCount * 100 / c.Seats,
                v.Number,
                new RosterCounts(
                    db.RosterEntries.Count(e => e.CampaignId == c.Id),
                    db.RosterEntries.Count(e => e.CampaignId == c.Id && e.InvitedAtUtc != null),
                    db.RosterEntries.Count(e => e.CampaignId == c.Id && e.Opened),
                    db.RosterEntries.Count(e => e.CampaignId == c.Id && e.Answered)));
        return await rows.ToListAsync(cancellationToken);
    }
}
