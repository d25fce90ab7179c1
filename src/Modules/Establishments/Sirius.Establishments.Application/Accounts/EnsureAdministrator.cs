using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class EnsureAdministratorHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock)
    : IRequestHandler<EnsureAdministrator, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(EnsureAdministrator command, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(command.Email);
        var existing = await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedEmail == normalized, cancellationToken);
        if (existing is not null)
        {
            if (command.ResetPassword)
            {
                var reset = await security.SetPasswordAsync(existing, command.Password);
                if (!reset.IsSuccess)
                {
                    return reset.Error!;
                }
            }

            return existing.Id;
        }

        var account = Account.Administrator(command.Email, command.FirstName, command.LastName, clock.GetUtcNow().UtcDateTime);
        var password = await security.SetPasswordAsync(account, command.Password);
        if (!password.IsSuccess)
        {
            return password.Error!;
        }

        db.Accounts.Add(account);
        return account.Id;
    }
}
