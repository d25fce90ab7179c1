using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

/// <summary>
/// An administrator's action on an account (the pipeline has checked the actor is an active administrator): it changes
/// the account and writes an audit entry in the same unit of work.
/// </summary>
internal static class AuditedAccountChange
{
    public static async Task<Result> ApplyAsync(IEstablishmentsDb db, TimeProvider clock, Guid actorId, Guid accountId, string action, string? details, Func<Account, Task<Result>> change, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        var result = await change(account);
        if (result.IsSuccess)
        {
            db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, actorId, accountId, action, details));
        }

        return result;
    }
}
