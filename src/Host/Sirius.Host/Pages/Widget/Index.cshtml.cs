using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Widget;

/// <summary>The page a partner site frames: a formation's or an establishment's published testimonies.</summary>
public sealed class WidgetModel(IMediator mediator) : PageModel
{
    public PublicTestimonies? Testimonies { get; private set; }

    public async Task<IActionResult> OnGetAsync(string subject, string code)
    {
        var result = await mediator.Send(new GetPublicTestimonies(subject, code, 1, 50), HttpContext.RequestAborted);
        if (result.Error is not null)
        {
            return NotFound();
        }

        Testimonies = result.Value;
        Response.Headers.CacheControl = "public, max-age=300";
        return Page();
    }
}
