using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

/// <summary>
/// The account e-mails, sent from the module's own events: delivered after the commit, retried with backoff
/// when the SMTP server fails, and sent once per event thanks to the inbox. The notifications (reminder, first
/// testimonies) also mark their once-only marker as sent.
/// </summary>
internal static class AccountMail
{
    public static Task<Account?> FindAccountAsync(this IEstablishmentsDb db, Guid id, CancellationToken cancellationToken) =>
        db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static Task SendAsync(this IEmailSender email, Account account, string subject, EmailBody body, CancellationToken cancellationToken) =>
        email.SendAsync(body.ToMessage(account.Email, subject), cancellationToken);

    /// <summary>Marks the account's once-only notification of <paramref name="kind"/> as sent.</summary>
    public static async Task MarkSentAsync(this IEstablishmentsDb db, Guid accountId, string kind, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.AccountNotifications.FirstOrDefaultAsync(n => n.AccountId == accountId && n.Kind == kind, cancellationToken) is { } marker)
        {
            marker.MarkSent(now);
        }
    }
}
