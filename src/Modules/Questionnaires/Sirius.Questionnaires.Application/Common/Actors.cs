using MediatR;
using Sirius.BuildingBlocks;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.Common;

/// <summary>Who may do what: always decided by the Establishments module's <see cref="ActorScope"/>.</summary>
internal static class Actors
{
    public static Error NotAllowed { get; } = Error.Forbidden("questionnaires.forbidden", "Vous n’avez pas accès à cette action.");

    public static async Task<ActorScope?> ScopeAsync(this IMediator mediator, Guid actorId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetActorScope(actorId), cancellationToken);

    /// <summary>The campaigns (not deleted) the actor manages: every one for an administrator; null for nobody's.</summary>
    public static async Task<IQueryable<Campaign>?> ManagedCampaignsAsync(this IQuestionnairesDb db, IMediator mediator, Guid actorId, CancellationToken cancellationToken)
    {
        if (await mediator.ScopeAsync(actorId, cancellationToken) is not { } scope || (!scope.IsAdministrator && scope.Sirets.Count == 0))
        {
            return null;
        }

        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.DeletedAtUtc == null);
        if (scope.IsAdministrator)
        {
            return campaigns;
        }

        var sirets = scope.Sirets.ToList();
        return campaigns.Where(c => sirets.Contains(c.Siret));
    }

    /// <summary>Refuses a campaign the actor does not manage as if it did not exist (tenant isolation).</summary>
    public static Error CampaignNotFound { get; } = Error.NotFound("campaign.not_found", "Cette campagne n’existe pas.");

    /// <summary>Whether the campaign exists (not deleted) and the actor manages it.</summary>
    public static async Task<bool> ManagesCampaignAsync(this IQuestionnairesDb db, IMediator mediator, Guid actorId, Guid campaignId, CancellationToken cancellationToken) =>
        await db.ManagedCampaignsAsync(mediator, actorId, cancellationToken) is { } managed
        && await managed.AnyAsync(c => c.Id == campaignId, cancellationToken);
}
