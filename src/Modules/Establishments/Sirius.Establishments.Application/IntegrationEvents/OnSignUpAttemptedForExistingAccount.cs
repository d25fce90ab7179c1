using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnSignUpAttemptedForExistingAccount(IEstablishmentsDb db, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<SignUpAttemptedForExistingAccount>
{
    public async Task Handle(SignUpAttemptedForExistingAccount integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { } account)
        {
            return;
        }

        await email.SendAsync(account, "Vous avez déjà un compte Sirius", EmailLayout.Render(
            "Vous avez déjà un compte",
            [
                $"Bonjour {account.FirstName},",
                "Une inscription vient d’être demandée avec votre adresse, mais un compte Sirius existe déjà pour elle. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.",
                "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.",
            ],
            "Se connecter",
            links.SignIn()), cancellationToken);
    }
}
