using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

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

internal sealed class ListUsableVersionsHandler(IQuestionnairesDb db) : IRequestHandler<ListUsableVersions, IReadOnlyList<VersionChoice>>
{
    public async Task<IReadOnlyList<VersionChoice>> Handle(ListUsableVersions query, CancellationToken cancellationToken) =>
        await db.Versions.AsNoTracking()
            .Where(v => v.Status == QuestionnaireVersionStatus.Validated)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionChoice(v.Id, v.Number))
            .ToListAsync(cancellationToken);
}

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
