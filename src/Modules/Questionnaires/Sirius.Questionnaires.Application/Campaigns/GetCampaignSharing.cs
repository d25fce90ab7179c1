using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class GetCampaignSharingHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<GetCampaignSharing, IReadOnlyList<CampaignSharing>>
{
    public async Task<IReadOnlyList<CampaignSharing>> Handle(GetCampaignSharing query, CancellationToken cancellationToken)
    {
        var ids = query.CampaignIds.Distinct().ToList();
        if (ids.Count == 0
            || await mediator.ScopeAsync(query.ActorId, cancellationToken) is not { } scope
            || (!scope.IsAdministrator && scope.Sirets.Count == 0))
        {
            return [];
        }

        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.DeletedAtUtc == null && ids.Contains(c.Id));
        if (!scope.IsAdministrator)
        {
            var sirets = scope.Sirets.ToList();
            campaigns = campaigns.Where(c => sirets.Contains(c.Siret));
        }

        var rows = await (
            from c in campaigns
            join f in db.Formations on c.FormationKey equals f.Key
            select new CampaignSharing(
                c.Id, c.Token, c.Name, f.Title, f.Diploma,
                db.Establishments.Where(e => e.Siret == c.Siret).Select(e => e.Name).FirstOrDefault() ?? c.Siret,
                f.Commune, c.StartDate, c.EndDate))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
    }
}
