using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class MotDePasseOublieModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Indiquez l’adresse électronique de votre compte.");
            return Page();
        }

        Sent = await TrySendAsync(new RequestPasswordReset(Input.Email));
        return Page();
    }

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
