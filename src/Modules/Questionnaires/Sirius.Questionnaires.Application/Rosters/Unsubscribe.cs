using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class UnsubscribeHandler(IQuestionnairesDb db, AddressHasher hasher, TimeProvider clock) : IRequestHandler<Unsubscribe, Result>
{
    public async Task<Result> Handle(Unsubscribe command, CancellationToken cancellationToken)
    {
        // Hashed from the address rather than read from the line, whose hash may predate the key.
        if (await db.RosterEntries.AsNoTracking().WithToken(command.InvitationToken)
                .Select(e => e.Email).FirstOrDefaultAsync(cancellationToken) is not { } address)
        {
            return Invitations.Unknown;
        }

        var hash = hasher.Of(address);

        if (!await db.Unsubscriptions.AnyAsync(u => u.EmailHash == hash, cancellationToken))
        {
            db.Unsubscriptions.Add(Unsubscription.Of(hash, FrenchCalendar.Today(clock)));
        }

        return Result.Success();
    }
}
