using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class EndSessionsHandler(IEstablishmentsDb db) : IRequestHandler<EndSessions, Result>
{
    public async Task<Result> Handle(EndSessions command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.ActorId, cancellationToken);
        account?.EndSessions();
        return Result.Success();
    }
}
