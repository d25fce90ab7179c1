using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Questionnaires.Application.Common;

/// <summary>Who may do what: always decided by the Establishments module's <see cref="ActorScope"/>.</summary>
internal static class Actors
{
    public static Error NotAllowed { get; } = Error.Forbidden("questionnaires.forbidden", "Vous n’avez pas accès à cette action.");

    public static async Task<ActorScope?> ScopeAsync(this IMediator mediator, Guid actorId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetActorScope(actorId), cancellationToken);

    public static async Task<bool> IsAdministratorAsync(this IMediator mediator, Guid actorId, CancellationToken cancellationToken) =>
        (await mediator.ScopeAsync(actorId, cancellationToken))?.IsAdministrator == true;
}
