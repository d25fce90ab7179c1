using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Authorization;

/// <summary>The rule of every <see cref="IAccountHolderRequest"/>: the actor holds an account, in any status.</summary>
internal sealed class AccountHolderOnly<TRequest>(IEstablishmentsDb db) : IAuthorizer<TRequest>
    where TRequest : IAccountHolderRequest
{
    public static Error Refusal { get; } = Error.NotFound("account.not_found", "Compte introuvable.");

    public async Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await db.Accounts.AnyAsync(a => a.Id == request.ActorId, cancellationToken) ? null : Refusal;
}
