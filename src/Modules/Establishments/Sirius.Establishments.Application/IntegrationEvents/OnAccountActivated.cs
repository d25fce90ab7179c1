using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnAccountActivated(IEstablishmentsDb db, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<AccountActivated>
{
    public async Task Handle(AccountActivated integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { } account)
        {
            return;
        }

        await email.SendAsync(account, "Votre compte Sirius est activé", EmailLayout.Render(
            "Votre compte est activé",
            [
                $"Bonjour {account.FirstName},",
                "Un administrateur a activé votre compte Sirius. Vous pouvez maintenant vous connecter.",
            ],
            "Se connecter",
            links.SignIn()), cancellationToken);
    }
}
