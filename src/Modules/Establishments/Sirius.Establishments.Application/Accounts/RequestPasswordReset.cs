using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class RequestPasswordResetHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<RequestPasswordReset, Result>
{
    public async Task<Result> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(command.Email ?? "");
        var accountId = await db.Accounts.Where(a => a.NormalizedEmail == normalized && a.Status != AccountStatus.Deactivated)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        db.Publish(new PasswordResetRequested(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, accountId));
        return Result.Success();
    }
}
