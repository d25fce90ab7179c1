using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ConnexionModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await Mediator.Send(new SignIn(Input.Email ?? "", Input.Password ?? ""), HttpContext.RequestAborted);
        if (outcome.Account is not { } account)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return Page();
        }

        await AccountSession.SignInAsync(HttpContext, account);
        return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour : "/espace");
    }

    public sealed class SignInInput
    {
        [Display(Name = "Adresse électronique")]
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
