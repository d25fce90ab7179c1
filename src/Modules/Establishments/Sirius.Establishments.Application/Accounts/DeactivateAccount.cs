using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class DeactivateAccountHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<DeactivateAccount, Result>
{
    public Task<Result> Handle(DeactivateAccount command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "désactivation", null, account =>
        {
            if (account.Id == command.ActorId)
            {
                return Task.FromResult<Result>(new Error("account.self", "Vous ne pouvez pas désactiver votre propre compte.", ErrorKind.Conflict));
            }

            account.Deactivate();
            return Task.FromResult(Result.Success());
        }, cancellationToken);
}
