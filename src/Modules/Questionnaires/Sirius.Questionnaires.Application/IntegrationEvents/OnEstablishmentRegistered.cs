using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain;

namespace Sirius.Questionnaires.Application.IntegrationEvents;

internal sealed class OnEstablishmentRegistered(IQuestionnairesDb db) : IIntegrationEventHandler<EstablishmentRegistered>
{
    public async Task Handle(EstablishmentRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (!await db.Establishments.AnyAsync(e => e.Siret == integrationEvent.Siret, cancellationToken))
        {
            db.Establishments.Add(KnownEstablishment.Create(
                integrationEvent.Siret, integrationEvent.Name, integrationEvent.DepartmentCode,
                integrationEvent.RegionCode, integrationEvent.GestionnaireSiret));
        }
    }
}
