using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.IntegrationEvents;

/// <summary>A discarded response leaves the statistics: its counted values are read back from the response itself.</summary>
internal sealed class OnResponseDiscarded(IQuestionnairesDb db) : IIntegrationEventHandler<ResponseDiscarded>
{
    public async Task Handle(ResponseDiscarded e, CancellationToken cancellationToken)
    {
        await StatisticsProjection.LockAsync(db, cancellationToken);
        var response = await db.Responses.AsNoTracking().FirstOrDefaultAsync(r => r.Id == e.ResponseId, cancellationToken);
        var campaign = await db.CampaignStatistics.FindAsync([e.CampaignId], cancellationToken);
        if (response is null || campaign is null || response.CompletedAtUtc is null)
        {
            return;
        }

        var version = await db.Versions.AsNoTracking().FirstAsync(v => v.Id == response.VersionId, cancellationToken);
        await StatisticsProjection.CountAsync(db, campaign, Counted(response, version.Definition.Value), -1, cancellationToken);
    }

    /// <summary>What the response counted when it completed, recomputed from its stored answers.</summary>
    private static ProjectedResponse Counted(Response response, Domain.Questionnaires.QuestionnaireDefinition definition) => new(
        response.CampaignId,
        DateOnly.FromDateTime(response.CompletedAtUtc!.Value),
        response.DurationSeconds ?? 0,
        response.FreeTextCount > 0,
        response.Verified,
        response.ValidAnswers(definition).SelectMany(a => a.ChosenValues.Select(v => (a.QuestionKey, v.ItemKey ?? "", v.Value))).ToList());
}
