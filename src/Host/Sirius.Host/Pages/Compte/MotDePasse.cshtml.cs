using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Compte;

[Authorize]
public sealed class MotDePasseModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Done = await TrySendAsync(new ChangePassword(User.AccountId(), Input.CurrentPassword ?? "", Input.NewPassword ?? ""));
        if (Done && await Mediator.Send(new GetSessionStamp(User.AccountId()), HttpContext.RequestAborted) is { } stamp)
        {
            // The change ended every session; this one goes on with the new stamp.
            await AccountSession.RenewAsync(HttpContext, stamp);
        }

        return Page();
    }

    public sealed class ChangeInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }
    }
}
