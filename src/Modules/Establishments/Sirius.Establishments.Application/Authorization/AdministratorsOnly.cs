using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Authorization;

/// <summary>The rule of every <see cref="IAdministratorRequest"/>, whichever module handles it: an active administrator.</summary>
internal sealed class AdministratorsOnly<TRequest>(IMediator mediator) : IAuthorizer<TRequest>
    where TRequest : IAdministratorRequest
{
    public static Error Refusal { get; } = Error.Forbidden("actor.not_admin", "Cette action est réservée aux administrateurs.");

    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await mediator.Send(new GetActorScope(request.ActorId), cancellationToken) is { IsAdministrator: true } ? null : Refusal;
}
