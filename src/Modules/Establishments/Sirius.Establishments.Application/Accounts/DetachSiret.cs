using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class DetachSiretHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<DetachSiret, Result>
{
    public Task<Result> Handle(DetachSiret command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "retrait de SIRET", command.Siret, account =>
            Task.FromResult(account.DetachSiret(command.Siret)
                ? Result.Success()
                : Error.NotFound("account.siret_missing", "Ce SIRET n’est pas rattaché au compte.")), cancellationToken);
}
