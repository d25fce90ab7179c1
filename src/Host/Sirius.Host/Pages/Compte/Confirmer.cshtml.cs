using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

/// <summary>The link in the e-mail opens a page; the confirmation itself is a POST, so that link scanners change nothing.</summary>
public sealed class ConfirmerModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "compte")]
    public Guid Compte { get; set; }

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    public bool Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Confirmed = await TrySendAsync(new ConfirmEmail(Compte, Jeton ?? ""));
        return Page();
    }
}
