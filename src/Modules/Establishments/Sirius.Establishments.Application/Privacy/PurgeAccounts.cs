using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Privacy;

/// <summary>
/// Deletes, in batches, accounts never confirmed and accounts left unused (their SIRET links go with them, by the
/// foreign key's cascade; administrators are never deleted here), then the audit entries past their delay.
/// </summary>
internal sealed class PurgeAccountsHandler(IEstablishmentsDb db, AccountRetentionOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<PurgeAccounts, int>
{
    private const int BatchSize = 500;

    public async Task<int> Handle(PurgeAccounts command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unconfirmedBefore = now.AddDays(-options.UnconfirmedAccountsDays);
        var unusedBefore = now.AddDays(-options.InactiveAccountsDays);
        var due = db.Accounts.Where(a =>
            (a.Status == AccountStatus.AwaitingEmailConfirmation && !a.EmailConfirmed && a.CreatedAtUtc < unconfirmedBefore)
            || (a.Role != AccountRole.Administrator && (a.LastSignInAtUtc ?? a.ActivatedAtUtc ?? a.CreatedAtUtc) < unusedBefore));
        progress.SetTotal(await due.CountAsync(cancellationToken));
        var deleted = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = await due.OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                var auditBefore = now.AddDays(-options.AuditEntriesDays);
                await db.AuditEntries.Where(e => e.AtUtc < auditBefore).ExecuteDeleteAsync(cancellationToken);
                return deleted;
            }

            await db.AccountNotifications.Where(n => ids.Contains(n.AccountId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Accounts.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            progress.Report(deleted);
        }
    }
}
