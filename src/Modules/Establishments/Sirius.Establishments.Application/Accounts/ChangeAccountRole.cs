using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ChangeAccountRoleHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<ChangeAccountRole, Result>
{
    public Task<Result> Handle(ChangeAccountRole command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "changement de rôle", command.Role, account =>
        {
            if (RoleNames.Parse(command.Role) is not { } role)
            {
                return Task.FromResult<Result>(new Error("account.role", "Rôle inconnu.", ErrorKind.Invalid, "role"));
            }

            account.ChangeRole(role);
            return Task.FromResult(Result.Success());
        }, cancellationToken);
}
