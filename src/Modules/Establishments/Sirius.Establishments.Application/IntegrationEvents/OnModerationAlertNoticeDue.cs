using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnModerationAlertNoticeDue(IEstablishmentsDb db, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<ModerationAlertNoticeDue>
{
    public async Task Handle(ModerationAlertNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active, Role: AccountRole.Administrator } account)
        {
            return;
        }

        var categories = string.Join(", ", integrationEvent.Categories.Select(c => char.ToLowerInvariant(c[0]) + c[1..]));
        await email.SendAsync(account, $"Alerte de modération : un apprenti signale une situation grave ({categories})", EmailLayout.Render(
            "Un apprenti signale une situation grave",
            [
                $"Bonjour {account.FirstName},",
                $"Un verbatim qui vient d’arriver dans la file de modération signale une situation grave : {categories}.",
                "Ne le publiez pas. Lisez-le, donnez-lui le statut « Alerte » et suivez la conduite à tenir affichée à côté de lui : prévenir le référent du CFA et, selon la situation, l’inspection du travail, le 119 ou le 3114.",
                "Ce message ne contient pas le texte de l’apprenti : il reste dans l’espace de modération.",
            ],
            "Voir le verbatim",
            links.ModerationItem(integrationEvent.VerbatimId)), cancellationToken);
    }
}
