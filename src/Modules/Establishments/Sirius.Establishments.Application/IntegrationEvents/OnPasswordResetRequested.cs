using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnPasswordResetRequested(IEstablishmentsDb db, IAccountSecurity security, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<PasswordResetRequested>
{
    public async Task Handle(PasswordResetRequested integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.AccountId is not { } id || await db.FindAccountAsync(id, cancellationToken) is not { } account)
        {
            return;
        }

        var link = links.ResetPassword(account.Id, await security.PasswordResetTokenAsync(account));
        await email.SendAsync(account, "Réinitialisation de votre mot de passe", EmailLayout.Render(
            "Réinitialiser votre mot de passe",
            [
                $"Bonjour {account.FirstName},",
                "Une réinitialisation du mot de passe de votre compte Sirius a été demandée. Le lien ci-dessous est valable 48 heures et ne sert qu’une fois.",
                "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
            ],
            "Choisir un nouveau mot de passe",
            link), cancellationToken);
    }
}
