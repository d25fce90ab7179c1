using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

internal sealed class GetActivityBySiretHandler(IQuestionnairesDb db, TimeProvider clock, AnonymityThreshold threshold) : IRequestHandler<GetActivityBySiret, IReadOnlyList<BreakdownRow>>
{
    public async Task<IReadOnlyList<BreakdownRow>> Handle(GetActivityBySiret query, CancellationToken cancellationToken) =>
        CampaignFigures.Breakdown(
            await CampaignFigures.WithinAsync(db, StatisticsScope.National, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken),
            c => c.Siret,
            threshold);
}
