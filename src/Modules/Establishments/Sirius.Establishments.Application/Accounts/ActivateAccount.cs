using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ActivateAccountHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<ActivateAccount, Result>
{
    public Task<Result> Handle(ActivateAccount command, CancellationToken cancellationToken) =>
        AuditedAccountChange.ApplyAsync(db, clock, command.ActorId, command.AccountId, "activation", null, account =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var activated = account.Activate(now);
            if (activated.IsSuccess)
            {
                db.Publish(new AccountActivated(Guid.CreateVersion7(), now, account.Id, RoleNames.Of(account.Role),
                    account.Establishments.Select(e => e.Siret).ToList()));
            }

            return Task.FromResult(activated);
        }, cancellationToken);
}
