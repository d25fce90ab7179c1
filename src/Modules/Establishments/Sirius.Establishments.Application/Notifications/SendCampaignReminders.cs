using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Notifications;

/// <summary>
/// Decides the reminders due, one account per command: each marker commits with its event, so a cancelled or failed
/// run keeps what it decided and the next run goes on from there.
/// </summary>
internal sealed class SendCampaignRemindersHandler(
    IEstablishmentsDb db, IMediator mediator, NotificationOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<SendCampaignReminders, int>
{
    public async Task<int> Handle(SendCampaignReminders command, CancellationToken cancellationToken)
    {
        var activatedBefore = clock.GetUtcNow().UtcDateTime.AddDays(-options.CampaignReminderAfterDays);
        var withCampaigns = db.Establishments.Where(e => e.FirstCampaignAtUtc != null);
        var due = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == AccountRole.Establishment && a.Status == AccountStatus.Active
                && a.ActivatedAtUtc <= activatedBefore && a.FirstCampaignAtUtc == null)
            .Where(a => !db.AccountNotifications.Any(n => n.AccountId == a.Id && n.Kind == NotificationKinds.CampaignReminder))
            .Where(a => !a.Establishments.Any(s => withCampaigns.Any(e => e.Siret == s.Siret || e.GestionnaireSiret == s.Siret)))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        progress.SetTotal(due.Count);
        var decided = 0;
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await mediator.Send(new RemindToCreateCampaign(due[i]), cancellationToken))
            {
                decided++;
            }

            progress.Report(i + 1);
        }

        return decided;
    }
}
