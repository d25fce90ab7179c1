using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnAccountRegistered(IEstablishmentsDb db, IAccountSecurity security, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<AccountRegistered>
{
    public async Task Handle(AccountRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { EmailConfirmed: false } account)
        {
            return;
        }

        var link = links.ConfirmEmail(account.Id, await security.EmailConfirmationTokenAsync(account));
        await email.SendAsync(account, "Confirmez votre adresse électronique", EmailLayout.Render(
            "Confirmez votre adresse électronique",
            [
                $"Bonjour {account.FirstName},",
                "Vous avez demandé un compte sur Sirius. Pour confirmer que cette adresse est bien la vôtre, utilisez le lien ci-dessous (valable 48 heures).",
                "Un administrateur vérifiera ensuite votre demande et activera votre compte.",
                "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.",
            ],
            "Confirmer mon adresse",
            link), cancellationToken);
    }
}
