using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class SetObserverScopeHandler(IEstablishmentsDb db, IReferenceNames reference, TimeProvider clock) : IRequestHandler<SetObserverScope, Result>
{
    public Task<Result> Handle(SetObserverScope command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "périmètre d’observation", $"{command.Kind} {command.Codes}", account =>
        {
            var scope = ScopeParser.Parse(command.Kind, command.Codes, reference.Names);
            if (!scope.IsSuccess)
            {
                return Task.FromResult<Result>(scope.Error!);
            }

            account.SetScope(scope.Value);
            return Task.FromResult(Result.Success());
        }, cancellationToken);
}
