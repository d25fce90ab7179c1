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
}
