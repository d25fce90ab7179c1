using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Q;

public sealed class MerciModel(IMediator mediator) : PageModel
{
    public CampaignLanding Campaign { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var campaign = await mediator.Send(new GetCampaignLanding(token), HttpContext.RequestAborted);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        return Page();
    }

    /// <summary>This page only reads: a form posted to it is refused rather than rendered without its data.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
