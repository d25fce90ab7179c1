using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnCampaignReminderDue(IEstablishmentsDb db, IPublicLinks links, IEmailSender email, TimeProvider clock) : IIntegrationEventHandler<CampaignReminderDue>
{
    public async Task Handle(CampaignReminderDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        await email.SendAsync(account, "Créez votre première campagne Sirius", EmailLayout.Render(
            "Créez votre première campagne",
            [
                $"Bonjour {account.FirstName},",
                "Votre compte Sirius est actif depuis une semaine, mais aucune campagne n’a encore été créée pour vos formations.",
                "Une campagne donne à vos apprentis un lien vers un court questionnaire. Leurs réponses vous aident à améliorer vos formations et, une fois modérés, leurs témoignages aident les futurs apprentis à choisir.",
                "Vous ne recevrez pas d’autre rappel.",
            ],
            "Créer une campagne",
            links.NewCampaigns()), cancellationToken);
        await db.MarkSentAsync(account.Id, NotificationKinds.CampaignReminder, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
