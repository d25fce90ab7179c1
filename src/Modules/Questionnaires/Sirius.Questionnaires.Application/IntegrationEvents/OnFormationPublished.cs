using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.IntegrationEvents;

/// <summary>
/// Keeps the local copy of a catalogue formation up to date (insert or update by key), and its académie and RNCP code
/// on its campaigns' statistics rows: no area is kept by them, so they can follow the catalogue at once.
/// </summary>
internal sealed class OnFormationPublished(IQuestionnairesDb db) : IIntegrationEventHandler<FormationPublished>
{
    public async Task Handle(FormationPublished published, CancellationToken cancellationToken)
    {
        var formation = await db.Formations.FirstOrDefaultAsync(f => f.Key == published.Key, cancellationToken);
        if (formation is null)
        {
            formation = CampaignFormation.Create(published.Key);
            db.Formations.Add(formation);
        }

        formation.Update(
            published.Cfd, published.Title, published.Diploma, published.Level, published.FormateurSiret, published.GestionnaireSiret,
            published.CommuneCode, published.Commune, published.DepartmentCode, published.RegionCode,
            published.AcademyCode ?? "", published.RncpCode ?? "", published.OccurredAtUtc);

        // Under the rebuild barrier: a rebuild copies these columns from the formations too, so one must not overlap the other.
        await StatisticsProjection.HoldOffRebuildAsync(db, cancellationToken);
        var (key, academy, rncp) = (formation.Key, formation.AcademyCode, formation.RncpCode);
        var moved = await db.CampaignStatistics
            .Where(r => r.FormationKey == key && (r.AcademyCode != academy || r.RncpCode != rncp))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcademyCode, academy).SetProperty(r => r.RncpCode, rncp), cancellationToken);
        if (moved > 0)
        {
            await StatisticsProjection.RaiseVersionAsync(db, cancellationToken);
        }
    }
}
