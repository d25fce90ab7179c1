using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Admin.Moderation;

/// <summary>Establishments' replies to testimonies: a queue per status; each reply is published or rejected with a reason.</summary>
public sealed class ReponsesModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public string Statut { get; set; } = ReplyStatuses.Pending;

    // Not "page": Razor Pages' route value of that name (the page's path) would be bound before the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ReplyQueue Queue { get; private set; } = new([], [], 0, 1, 20);

    [TempData]
    public string? Message { get; set; }

    public string Filters(string status, int page = 1) =>
        $"?statut={Uri.EscapeDataString(status)}&p={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostPublierAsync(Guid id) =>
        DecideAsync(new ModerateReply(User.AccountId(), id, ReplyStatuses.Published, null), "Réponse publiée à côté du témoignage.");

    public Task<IActionResult> OnPostRefuserAsync(Guid id) =>
        DecideAsync(new ModerateReply(User.AccountId(), id, ReplyStatuses.Rejected, Request.Form["motif-" + id].ToString()), "Réponse refusée.");

    private async Task<IActionResult> DecideAsync(ModerateReply command, string message)
    {
        if (await TrySendAsync(command))
        {
            Message = message;
            return Redirect(Request.Path + Filters(Statut, PageNumber));
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Queue = await Mediator.Send(new GetReplyQueue(User.AccountId(), Statut, PageNumber), HttpContext.RequestAborted);
}
