using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class SignInHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock) : IRequestHandler<SignIn, SignInOutcome>
{
    private const string WrongCredentials = "Adresse électronique ou mot de passe incorrect.";

    public async Task<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(command.Email ?? "");
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedEmail == normalized, cancellationToken);
        if (account is null)
        {
            security.CheckPasswordOfNobody(command.Password ?? "");
            return Refused(WrongCredentials);
        }

        if (!await security.IsPasswordValidAsync(account, command.Password ?? ""))
        {
            return Refused(WrongCredentials);
        }

        return account.Status switch
        {
            AccountStatus.AwaitingEmailConfirmation => Refused("Confirmez d’abord votre adresse électronique grâce au lien reçu par courriel."),
            AccountStatus.AwaitingActivation => Refused("Votre compte attend la validation d’un administrateur. Vous recevrez un courriel dès qu’il sera activé."),
            AccountStatus.Deactivated => Refused("Ce compte est désactivé. Contactez l’équipe Sirius si vous pensez qu’il s’agit d’une erreur."),
            _ => SignedIn(account),
        };
    }

    private SignInOutcome SignedIn(Account account)
    {
        account.RecordSignIn(clock.GetUtcNow().UtcDateTime);
        return new SignInOutcome(new SignedInAccount(account.Id, account.FullName, RoleNames.Of(account.Role), account.TermsAcceptedAtUtc is not null, account.SecurityStamp), null);
    }

    private static SignInOutcome Refused(string reason) => new(null, reason);
}
