using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class ListCampaignFormationsHandler(IQuestionnairesDb db, IMediator mediator)
    : IRequestHandler<ListCampaignFormations, IReadOnlyList<FormationChoice>>
{
    private const int MaxRows = 500;

    public async Task<IReadOnlyList<FormationChoice>> Handle(ListCampaignFormations query, CancellationToken cancellationToken)
    {
        if (await mediator.ScopeAsync(query.ActorId, cancellationToken) is not { } scope || (!scope.IsAdministrator && scope.Sirets.Count == 0))
        {
            return [];
        }

        var formations = db.Formations.AsNoTracking();
        if (!scope.IsAdministrator)
        {
            var sirets = scope.Sirets.ToList();
            formations = formations.Where(f => sirets.Contains(f.FormateurSiret));
        }

        if (!string.IsNullOrWhiteSpace(query.Diploma))
        {
            formations = formations.Where(f => f.Diploma == query.Diploma);
        }

        var rows = await formations
            .OrderBy(f => f.Title).ThenBy(f => f.Key)
            .Select(f => new
            {
                f.Key,
                f.Title,
                f.Diploma,
                f.FormateurSiret,
                Establishment = db.Establishments.Where(e => e.Siret == f.FormateurSiret).Select(e => e.Name).FirstOrDefault(),
                f.Commune,
                Campaigns = db.Campaigns.Count(c => c.FormationKey == f.Key && c.DeletedAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Where(r => string.IsNullOrWhiteSpace(query.Search) || r.Title.Contains(query.Search.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Take(MaxRows)
            .Select(r => new FormationChoice(r.Key, r.Title, r.Diploma, r.FormateurSiret, r.Establishment ?? r.FormateurSiret, r.Commune, r.Campaigns))
            .ToList();
    }
}
