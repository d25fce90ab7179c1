using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Common;

/// <summary>The rule of every <see cref="IEstablishmentAccountRequest"/>: an active CFA account, with or without SIRETs, or an administrator.</summary>
internal sealed class EstablishmentAccountsOnly<TRequest>(IMediator mediator) : IAuthorizer<TRequest>
    where TRequest : IEstablishmentAccountRequest
{
    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await mediator.ScopeAsync(request.ActorId, cancellationToken) is { } scope && (scope.IsAdministrator || scope.Role == Roles.Establishment)
            ? null
            : Actors.NotAllowed;
}
