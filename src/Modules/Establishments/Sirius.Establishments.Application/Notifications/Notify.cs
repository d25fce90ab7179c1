using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Notifications;

internal static class Notify
{
    /// <summary>Adds the once-only marker unless the account already has one of this kind (the unique key guards races).</summary>
    public static async Task<bool> DecideAsync(IEstablishmentsDb db, Guid accountId, string kind, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.AccountNotifications.AnyAsync(n => n.AccountId == accountId && n.Kind == kind, cancellationToken))
        {
            return false;
        }

        db.AccountNotifications.Add(AccountNotification.Decide(accountId, kind, now));
        return true;
    }
}
