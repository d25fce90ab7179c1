using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.IntegrationEvents;

/// <summary>Keeps the local copy of a catalogue formation that the public pages look up by code.</summary>
internal sealed class OnFormationPublished(ITestimoniesDb db) : IIntegrationEventHandler<FormationPublished>
{
    public async Task Handle(FormationPublished e, CancellationToken cancellationToken)
    {
        var formation = await db.Formations.FindAsync([e.Key], cancellationToken);
        if (formation is null)
        {
            formation = PublicFormation.Create(e.Key);
            db.Formations.Add(formation);
        }

        formation.Update(e.Cfd, e.RncpCode, e.CertifInfoId, e.Title, e.Diploma, e.Level, e.FormateurSiret, e.Commune);
        formation.Locate(e.CommuneCode, e.DepartmentCode, e.RegionCode, e.Latitude, e.Longitude);
    }
}
