using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class ConfirmEmailHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock) : IRequestHandler<ConfirmEmail, Result>
{
    public async Task<Result> Handle(ConfirmEmail command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken);
        if (account is null || !await security.IsEmailConfirmationTokenValidAsync(account, command.Token))
        {
            return new Error("account.invalid_token", "Ce lien de confirmation n’est pas valide ou a expiré. Connectez-vous pour en recevoir un nouveau.");
        }

        if (account.EmailConfirmed)
        {
            return new Error("account.already_confirmed", "Votre adresse électronique est déjà confirmée.", ErrorKind.Conflict);
        }

        account.ConfirmEmail();
        if (account.Status == AccountStatus.AwaitingActivation)
        {
            db.Publish(new AccountAwaitingActivation(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, account.Id));
        }

        return Result.Success();
    }
}
