using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

[Authorize]
public sealed class ConditionsModel(IMediator mediator) : FormPage(mediator)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(bool accepte)
    {
        if (!accepte)
        {
            ModelState.AddModelError("", "Cochez la case pour accepter les conditions générales d’utilisation.");
            return Page();
        }

        if (!await TrySendAsync(new AcceptTerms(User.AccountId())))
        {
            return Page();
        }

        await AccountSession.RenewAsync(HttpContext, termsAccepted: true);
        return Redirect("/espace");
    }
}
