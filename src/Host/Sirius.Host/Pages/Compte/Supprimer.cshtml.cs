using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

/// <summary>The holder deletes their own account, confirming with their password, and is signed out.</summary>
[Authorize]
public sealed class SupprimerModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await TrySendAsync(new DeleteOwnAccount(User.AccountId(), Input.Password ?? "")))
        {
            return Page();
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/compte/supprime");
    }

    public sealed class DeleteInput
    {
        public string? Password { get; set; }
    }
}
