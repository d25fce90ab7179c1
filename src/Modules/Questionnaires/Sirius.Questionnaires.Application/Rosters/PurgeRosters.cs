using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Privacy;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>
/// Erases, in one statement, the names, addresses and token hashes of the rosters whose campaign ended (or was
/// deleted) more than <c>Retention:RosterDays</c> days ago. The invited / opened / answered counters stay.
/// </summary>
internal sealed class PurgeRostersHandler(IQuestionnairesDb db, ResponseRetentionOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<PurgeRosters, int>
{
    public async Task<int> Handle(PurgeRosters command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var endedBefore = FrenchCalendar.Today(clock).AddDays(-options.RosterDays);
        var deletedBefore = now.AddDays(-options.RosterDays);
        var over = db.Campaigns.Where(c => c.EndDate < endedBefore || c.DeletedAtUtc < deletedBefore).Select(c => c.Id);
        var due = db.RosterEntries.Where(e => e.PurgedAtUtc == null && over.Contains(e.CampaignId));
        progress.SetTotal(await due.CountAsync(cancellationToken));
        var purged = await due.ExecuteUpdateAsync(
                s => s.SetProperty(e => e.FirstName, "")
                    .SetProperty(e => e.LastName, "")
                    .SetProperty(e => e.Email, (string?)null)
                    .SetProperty(e => e.EmailHash, (string?)null)
                    .SetProperty(e => e.TokenHash, (string?)null)
                    .SetProperty(e => e.ReminderTokenHash, (string?)null)
                    .SetProperty(e => e.PurgedAtUtc, now),
                cancellationToken);
        progress.Report(purged);
        return purged;
    }
}
