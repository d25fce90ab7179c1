using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class RemoveRosterEntryHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RemoveRosterEntry, Result<RemovedRosterEntry>>
{
    public async Task<Result<RemovedRosterEntry>> Handle(RemoveRosterEntry command, CancellationToken cancellationToken)
    {
        if (await db.ManagedAsync(mediator, command.ActorId, command.CampaignId, command.EntryId, cancellationToken) is not { RemovedAtUtc: null, Email: not null } entry)
        {
            return RosterEntries.NotFound;
        }

        var line = entry.Remove(clock.GetUtcNow().UtcDateTime);
        return new RemovedRosterEntry(entry.Id, line.FirstName, line.LastName, line.Email);
    }
}
