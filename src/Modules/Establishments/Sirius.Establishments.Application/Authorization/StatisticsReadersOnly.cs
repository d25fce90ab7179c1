using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Authorization;

/// <summary>The rule of every <see cref="IStatisticsRequest"/>, whichever module handles it: an active administrator or observer.</summary>
internal sealed class StatisticsReadersOnly<TRequest>(IMediator mediator) : IAuthorizer<TRequest>
    where TRequest : IStatisticsRequest
{
    public static Error Refusal { get; } = Error.Forbidden("actor.not_statistics", "Ces chiffres sont réservés aux observateurs et aux administrateurs.");

    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetActorScope(request.ActorId), cancellationToken))?.StatisticsScope(national: false) is not null ? null : Refusal;
}
