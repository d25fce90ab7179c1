using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class RestoreRosterEntryHandler(IQuestionnairesDb db, IMediator mediator, AddressHasher hasher) : IRequestHandler<RestoreRosterEntry, Result>
{
    public async Task<Result> Handle(RestoreRosterEntry command, CancellationToken cancellationToken)
    {
        if (await db.ManagedAsync(mediator, command.ActorId, command.CampaignId, command.EntryId, cancellationToken) is not { } entry
            || RosterLine.Of(command.FirstName, command.LastName, command.Email) is not { IsSuccess: true } line
            || await db.RosterEntries.AnyAsync(e => e.CampaignId == command.CampaignId && e.Email == line.Value.Email, cancellationToken)
            || !entry.Restore(line.Value, hasher))
        {
            return Error.Conflict("roster.not_restorable", "Cet apprenti ne peut plus être remis sur la liste : importez-le de nouveau.");
        }

        return Result.Success();
    }
}
