using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class AttachSiretHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<AttachSiret, Result>
{
    public Task<Result> Handle(AttachSiret command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "ajout de SIRET", command.Siret, async account =>
        {
            if (!Siret.TryParse(command.Siret, out var siret))
            {
                return new Error("account.siret", "Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.", ErrorKind.Invalid, "siret");
            }

            if (!await db.Establishments.AnyAsync(e => e.Siret == siret.Value, cancellationToken))
            {
                return new Error("account.unknown_siret", $"Le SIRET {siret} ne figure pas dans le référentiel.", ErrorKind.Invalid, "siret");
            }

            return account.AttachSiret(siret.Value)
                ? Result.Success()
                : new Error("account.siret_attached", "Ce SIRET est déjà rattaché au compte.", ErrorKind.Conflict, "siret");
        }, cancellationToken);
}
