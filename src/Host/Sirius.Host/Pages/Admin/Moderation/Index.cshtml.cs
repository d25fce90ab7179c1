using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Admin.Moderation;

/// <summary>
/// The moderation queue. One form holds the whole page so that checked items can be acted on together; each
/// item's own buttons name it with <c>id</c> in their <c>formaction</c> (HTML has no nested forms).
/// </summary>
public sealed class ModerationModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public string Statut { get; set; } = ModerationStatuses.Pending;

    [BindProperty(SupportsGet = true, Name = "siret")]
    public string? Siret { get; set; }

    [BindProperty(SupportsGet = true, Name = "formation")]
    public string? Formation { get; set; }

    [BindProperty(SupportsGet = true, Name = "question")]
    public string? Question { get; set; }

    [BindProperty(SupportsGet = true, Name = "signalement")]
    public string? Signalement { get; set; }

    /// <summary>First day the verbatims were received (yyyy-MM-dd), included.</summary>
    [BindProperty(SupportsGet = true, Name = "du")]
    public string? Du { get; set; }

    /// <summary>Last day the verbatims were received (yyyy-MM-dd), included.</summary>
    [BindProperty(SupportsGet = true, Name = "au")]
    public string? Au { get; set; }

    // Not "page": Razor Pages' route value of that name (the page's path) would be bound before the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ModerationQueue Queue { get; private set; } = new([], [], 0, 1, 20, []);

    [TempData]
    public string? Message { get; set; }

    public string Filters(string status, int page = 1) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["statut"] = status, ["siret"] = Siret, ["formation"] = Formation, ["question"] = Question, ["signalement"] = Signalement,
            ["du"] = FormDates.Parse(Du) is { } du ? FormDates.Format(du) : null, ["au"] = FormDates.Parse(Au) is { } au ? FormDates.Format(au) : null,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostAccepterAsync(Guid? id, List<Guid> ids) =>
        Act(new AcceptSuggestions(User.AccountId(), Selected(id, ids)), "Suggestion acceptée : le texte anonymisé est publié.");

    public Task<IActionResult> OnPostStatutAsync(Guid? id, List<Guid> ids) =>
        Act(new ModerateVerbatims(User.AccountId(), Selected(id, ids), Field("statut-", id), Field("motif-", id)), "Statut enregistré.");

    public Task<IActionResult> OnPostTexteAsync(Guid id) =>
        Act(new EditVerbatimText(User.AccountId(), id, Request.Form["texte-" + id].ToString()), "Texte anonymisé modifié.");

    private static IReadOnlyList<Guid> Selected(Guid? id, List<Guid> ids) => id is { } one ? [one] : ids;

    private string Field(string prefix, Guid? id) => Request.Form[prefix + (id?.ToString() ?? "lot")].ToString();

    private async Task<IActionResult> Act(ICommand<Result> command, string message)
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
        Queue = await Mediator.Send(new GetModerationQueue(
            Statut, Siret, Formation, Question, Signalement, PageNumber, From: FormDates.Parse(Du), To: FormDates.Parse(Au)), HttpContext.RequestAborted);
}
