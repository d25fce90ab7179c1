using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnObserverInvited(IEstablishmentsDb db, IAccountSecurity security, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<ObserverInvited>
{
    public async Task Handle(ObserverInvited integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        var link = links.ResetPassword(account.Id, await security.PasswordResetTokenAsync(account));
        await email.SendAsync(account, "Votre accès au pilotage de Sirius", EmailLayout.Render(
            "Votre accès au pilotage de Sirius",
            [
                $"Bonjour {account.FirstName},",
                "Un administrateur de Sirius vous a ouvert un compte d’observation\u202F: vous y suivrez les statistiques consolidées des campagnes de votre périmètre, comparées aux chiffres nationaux.",
                "Pour l’activer, choisissez votre mot de passe avec le lien ci-dessous (valable 48 heures, il ne sert qu’une fois). Vous vous connecterez ensuite avec cette adresse.",
                "Si le lien a expiré, demandez-en un nouveau depuis la page « Mot de passe oublié ».",
            ],
            "Choisir mon mot de passe",
            link), cancellationToken);
    }
}
