using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.IntegrationEvents;

internal sealed class OnActivationRequestNoticeDue(IEstablishmentsDb db, IPublicLinks links, IEmailSender email) : IIntegrationEventHandler<ActivationRequestNoticeDue>
{
    public async Task Handle(ActivationRequestNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.FindAccountAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active, Role: AccountRole.Administrator } administrator
            || await db.Accounts.AsNoTracking().Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == integrationEvent.WaitingAccountId, cancellationToken)
                is not { Status: AccountStatus.AwaitingActivation } waiting)
        {
            return;
        }

        var sirets = waiting.Establishments.Select(e => e.Siret).ToList();
        var establishments = await db.Establishments.AsNoTracking().Where(e => sirets.Contains(e.Siret))
            .Select(e => e.Name + " (SIRET " + e.Siret + ")").ToListAsync(cancellationToken);
        var who = $"{waiting.FirstName} {waiting.LastName} ({waiting.Email})";
        await email.SendAsync(administrator, $"Un compte attend votre activation : {waiting.FirstName} {waiting.LastName}", EmailLayout.Render(
            "Un compte attend votre activation",
            [
                $"Bonjour {administrator.FirstName},",
                establishments.Count > 0
                    ? $"{who} a demandé un compte Sirius pour {string.Join(", ", establishments)} et a confirmé son adresse électronique."
                    : $"{who} a demandé un compte Sirius et a confirmé son adresse électronique.",
                "Vérifiez que cette personne travaille bien dans l’établissement indiqué, puis activez son compte depuis sa fiche. Tant que le compte n’est pas activé, elle ne peut pas se connecter.",
                "Vous ne recevrez pas d’autre message pour ce compte.",
            ],
            "Voir la demande et activer le compte",
            links.AccountAdministration(waiting.Id)), cancellationToken);
    }
}
