using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages;

/// <summary>
/// The unsubscribe link of an invitation e-mail. Opening it changes nothing (mail scanners open links): the apprentice
/// confirms with a button, and the address is never written to again.
/// </summary>
[EnableRateLimiting(RateLimits.Rosters)]
public sealed class DesinscriptionModel(IMediator mediator) : PageModel
{
    public bool Done { get; private set; }

    public bool Unknown { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string lien)
    {
        var result = await mediator.Send(new Unsubscribe(lien), HttpContext.RequestAborted);
        Done = result.IsSuccess;
        Unknown = !result.IsSuccess;
        if (Unknown)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
