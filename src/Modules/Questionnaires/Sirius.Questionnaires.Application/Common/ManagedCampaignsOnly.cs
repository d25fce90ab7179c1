using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Common;

/// <summary>The rule of every <see cref="ICampaignRequest"/>: the campaign exists and the actor manages it.</summary>
internal sealed class ManagedCampaignsOnly<TRequest>(IQuestionnairesDb db, IMediator mediator) : IAuthorizer<TRequest>
    where TRequest : ICampaignRequest
{
    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await db.ManagesCampaignAsync(mediator, request.ActorId, request.CampaignId, cancellationToken) ? null : Actors.CampaignNotFound;
}
