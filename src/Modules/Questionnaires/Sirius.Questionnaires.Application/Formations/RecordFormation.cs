using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.Formations;

/// <summary>Keeps the local copy of a catalogue formation up to date (insert or update by key).</summary>
internal sealed class RecordFormation(IQuestionnairesDb db) : IIntegrationEventHandler<FormationPublished>
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
            published.CommuneCode, published.Commune, published.DepartmentCode, published.RegionCode, published.OccurredAtUtc);
    }
}
