using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Email;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

/// <summary>
/// The account e-mails, sent from the module's own events: delivered after the commit, retried with backoff
/// when the SMTP server fails, and sent once per event thanks to the inbox. The notifications (reminder, first
/// testimonies) also mark their once-only marker as sent.
/// </summary>
internal sealed class AccountEmails(IEstablishmentsDb db, IAccountSecurity security, IPublicLinks links, IEmailSender email, TimeProvider clock) :
    IIntegrationEventHandler<AccountRegistered>,
    IIntegrationEventHandler<AccountActivated>,
    IIntegrationEventHandler<PasswordResetRequested>,
    IIntegrationEventHandler<ObserverInvited>,
    IIntegrationEventHandler<SignUpAttemptedForExistingAccount>,
    IIntegrationEventHandler<CampaignReminderDue>,
    IIntegrationEventHandler<FirstTestimoniesNoticeDue>,
    IIntegrationEventHandler<ModerationAlertNoticeDue>,
    IIntegrationEventHandler<ActivationRequestNoticeDue>
{
    public async Task Handle(AccountRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { EmailConfirmed: false } account)
        {
            return;
        }

        var link = links.ConfirmEmail(account.Id, await security.EmailConfirmationTokenAsync(account));
        await SendAsync(account, "Confirmez votre adresse électronique", EmailLayout.Render(
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

    public async Task Handle(AccountActivated integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { } account)
        {
            return;
        }

        await SendAsync(account, "Votre compte Sirius est activé", EmailLayout.Render(
            "Votre compte est activé",
            [
                $"Bonjour {account.FirstName},",
                "Un administrateur a activé votre compte Sirius. Vous pouvez maintenant vous connecter.",
            ],
            "Se connecter",
            links.SignIn()), cancellationToken);
    }

    public async Task Handle(PasswordResetRequested integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.AccountId is not { } id || await FindAsync(id, cancellationToken) is not { } account)
        {
            return;
        }

        var link = links.ResetPassword(account.Id, await security.PasswordResetTokenAsync(account));
        await SendAsync(account, "Réinitialisation de votre mot de passe", EmailLayout.Render(
            "Réinitialiser votre mot de passe",
            [
                $"Bonjour {account.FirstName},",
                "Une réinitialisation du mot de passe de votre compte Sirius a été demandée. Le lien ci-dessous est valable 48 heures et ne sert qu’une fois.",
                "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
            ],
            "Choisir un nouveau mot de passe",
            link), cancellationToken);
    }

    public async Task Handle(ObserverInvited integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        var link = links.ResetPassword(account.Id, await security.PasswordResetTokenAsync(account));
        await SendAsync(account, "Votre accès au pilotage de Sirius", EmailLayout.Render(
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

    public async Task Handle(SignUpAttemptedForExistingAccount integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { } account)
        {
            return;
        }

        await SendAsync(account, "Vous avez déjà un compte Sirius", EmailLayout.Render(
            "Vous avez déjà un compte",
            [
                $"Bonjour {account.FirstName},",
                "Une inscription vient d’être demandée avec votre adresse, mais un compte Sirius existe déjà pour elle. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.",
                "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.",
            ],
            "Se connecter",
            links.SignIn()), cancellationToken);
    }

    public async Task Handle(CampaignReminderDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        await SendAsync(account, "Créez votre première campagne Sirius", EmailLayout.Render(
            "Créez votre première campagne",
            [
                $"Bonjour {account.FirstName},",
                "Votre compte Sirius est actif depuis une semaine, mais aucune campagne n’a encore été créée pour vos formations.",
                "Une campagne donne à vos apprentis un lien vers un court questionnaire. Leurs réponses vous aident à améliorer vos formations et, une fois modérés, leurs témoignages aident les futurs apprentis à choisir.",
                "Vous ne recevrez pas d’autre rappel.",
            ],
            "Créer une campagne",
            links.NewCampaigns()), cancellationToken);
        await MarkSentAsync(account.Id, NotificationKinds.CampaignReminder, cancellationToken);
    }

    public async Task Handle(FirstTestimoniesNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active } account)
        {
            return;
        }

        await SendAsync(account, "Vos premiers témoignages sont publiés", EmailLayout.Render(
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
        await MarkSentAsync(account.Id, NotificationKinds.FirstTestimonies, cancellationToken);
    }

    public async Task Handle(ModerationAlertNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active, Role: AccountRole.Administrator } account)
        {
            return;
        }

        var categories = string.Join(", ", integrationEvent.Categories.Select(c => char.ToLowerInvariant(c[0]) + c[1..]));
        await SendAsync(account, $"Alerte de modération : un apprenti signale une situation grave ({categories})", EmailLayout.Render(
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

    public async Task Handle(ActivationRequestNoticeDue integrationEvent, CancellationToken cancellationToken)
    {
        if (await FindAsync(integrationEvent.AccountId, cancellationToken) is not { Status: AccountStatus.Active, Role: AccountRole.Administrator } administrator
            || await db.Accounts.AsNoTracking().Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == integrationEvent.WaitingAccountId, cancellationToken)
                is not { Status: AccountStatus.AwaitingActivation } waiting)
        {
            return;
        }

        var sirets = waiting.Establishments.Select(e => e.Siret).ToList();
        var establishments = await db.Establishments.AsNoTracking().Where(e => sirets.Contains(e.Siret))
            .Select(e => e.Name + " (SIRET " + e.Siret + ")").ToListAsync(cancellationToken);
        var who = $"{waiting.FirstName} {waiting.LastName} ({waiting.Email})";
        await SendAsync(administrator, $"Un compte attend votre activation : {waiting.FirstName} {waiting.LastName}", EmailLayout.Render(
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

    private async Task MarkSentAsync(Guid accountId, string kind, CancellationToken cancellationToken)
    {
        if (await db.AccountNotifications.FirstOrDefaultAsync(n => n.AccountId == accountId && n.Kind == kind, cancellationToken) is { } marker)
        {
            marker.MarkSent(clock.GetUtcNow().UtcDateTime);
        }
    }

    private Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private Task SendAsync(Account account, string subject, EmailBody body, CancellationToken cancellationToken) =>
        email.SendAsync(body.ToMessage(account.Email, subject), cancellationToken);
}
