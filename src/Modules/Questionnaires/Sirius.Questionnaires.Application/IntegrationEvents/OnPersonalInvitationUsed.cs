using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts.IntegrationEvents;

namespace Sirius.Questionnaires.Application.IntegrationEvents;

/// <summary>A used personal link counts as an answered invitation of its campaign.</summary>
internal sealed class OnPersonalInvitationUsed(IQuestionnairesDb db) : IIntegrationEventHandler<PersonalInvitationUsed>
{
    public Task Handle(PersonalInvitationUsed e, CancellationToken cancellationToken) =>
        StatisticsProjection.CountInvitationAsync(db, e.CampaignId, 0, +1, cancellationToken);
}
