using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages;

/// <summary>
/// The public figures since Sirius opened: one row of counters kept by the projections, read once per rendering; the
/// rendered page is kept for the read models' version (<see cref="Web.PublicReadCache"/>).
/// </summary>
public sealed class StatistiquesModel(IMediator mediator) : PageModel
{
    public PublicStatistics Statistics { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync() => Statistics = await mediator.Send(new GetPublicStatistics(), HttpContext.RequestAborted);
}
