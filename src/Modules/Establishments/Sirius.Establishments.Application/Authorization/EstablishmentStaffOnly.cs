using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Authorization;

/// <summary>
/// The rule of every <see cref="IEstablishmentRequest"/>, whichever module handles it: an active CFA account with at
/// least one SIRET, or an administrator. The handler then narrows to the actor's SIRETs.
/// </summary>
internal sealed class EstablishmentStaffOnly<TRequest>(IMediator mediator) : IAuthorizer<TRequest>
    where TRequest : IEstablishmentRequest
{
    public static Error Refusal { get; } = Error.Forbidden("actor.not_establishment", "Cette action est réservée aux établissements.");

    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await mediator.Send(new GetActorScope(request.ActorId), cancellationToken) is { } scope
        && (scope.IsAdministrator || (scope.Role == Roles.Establishment && scope.Sirets.Count > 0))
            ? null
            : Refusal;
}
