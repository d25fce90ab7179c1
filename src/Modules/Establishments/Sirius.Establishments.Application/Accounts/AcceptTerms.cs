using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class AcceptTermsHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<AcceptTerms, Result>
{
    public async Task<Result> Handle(AcceptTerms command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.ActorId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        account.AcceptTerms(clock.GetUtcNow().UtcDateTime);
        return Result.Success();
    }
}
