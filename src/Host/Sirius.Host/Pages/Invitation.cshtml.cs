using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages;

/// <summary>
/// The personal link of an invitation e-mail: keeps the invitation in this browser and opens the campaign's landing
/// page; a link already used to answer says so.
/// </summary>
public sealed class InvitationModel(IMediator mediator) : PageModel
{
    public string? CampaignToken { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lien)
    {
        var opened = await mediator.Send(new OpenInvitation(lien), HttpContext.RequestAborted);
        if (!opened.IsSuccess)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        CampaignToken = opened.Value.CampaignToken;
        if (opened.Value.AlreadyUsed)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        InvitationCookie.Write(Response, CampaignToken, lien);
        return Redirect("/q/" + CampaignToken);
    }

    /// <summary>This page only reads: a form posted to it is refused rather than rendered without its data.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
