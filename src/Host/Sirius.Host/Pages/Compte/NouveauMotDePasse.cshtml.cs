using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class NouveauMotDePasseModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "compte")]
    public Guid Compte { get; set; }

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Done = await TrySendAsync(new ResetPassword(Compte, Jeton ?? "", Input.NewPassword ?? ""));
        return Page();
    }

    public sealed class PasswordInput
    {
        public string? NewPassword { get; set; }
    }
}
