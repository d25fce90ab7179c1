using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnFirstTestimoniesNoticeDue(IEstablishmentsDb db, IPublicLinks links, IEmailSender email, TimeProvider clock) : IIntegrationEventHandler<FirstTestimoniesNoticeDue>
{
    public async Task Handle(FirstTestimoniesNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        await email.SendAsync(account, "Vos premiers témoignages sont publiés", EmailLayout.Render(
            "Vos premiers témoignages sont publiés",
            [
                $"Bonjour {account.FirstName},",
                $"Les premiers témoignages d’apprentis de {integrationEvent.EstablishmentName} ont été relus par notre équipe de modération et sont maintenant publiés.",
                $"Par exemple, à la question « {integrationEvent.QuestionLabel} » :",
                $"« {integrationEvent.Text} »",
                "Retrouvez-les avec les résultats de vos campagnes dans votre espace.",
            ],
            "Voir mes résultats",
            links.Results()), cancellationToken);
        await db.MarkSentAsync(account.Id, NotificationKinds.FirstTestimonies, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
