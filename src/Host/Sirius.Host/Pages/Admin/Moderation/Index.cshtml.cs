using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
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

    /// <summary>Only this verbatim, whatever its status (the link of an alert e-mail).</summary>
    [BindProperty(SupportsGet = true, Name = "verbatim")]
    public Guid? Verbatim { get; set; }

    // Not "page": Razor Pages' route value of that name (the page's path) would be bound before the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ModerationQueue Queue { get; private set; } = new([], [], 0, 1, 20, []);

    [TempData]
    public string? Message { get; set; }

    /// <summary>Verbatims of a bulk action left out because they carry a serious flag.</summary>
    [TempData]
    public string? Warning { get; set; }

    /// <summary>Names of the moderators in the items' histories.</summary>
    public IReadOnlyDictionary<Guid, string> Moderators { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The CFA accounts to contact, for each establishment of an alert item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EstablishmentContact>> Contacts { get; private set; } =
        new Dictionary<string, IReadOnlyList<EstablishmentContact>>();

    public string Filters(string status, int page = 1) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["statut"] = status, ["siret"] = Siret, ["formation"] = Formation, ["question"] = Question, ["signalement"] = Signalement,
            ["du"] = FormDates.Parse(Du) is { } du ? FormDates.Format(du) : null, ["au"] = FormDates.Parse(Au) is { } au ? FormDates.Format(au) : null,
            ["verbatim"] = Verbatim?.ToString(),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostAccepterAsync(Guid? id, List<Guid> ids) =>
        Decide(new AcceptSuggestions(User.AccountId(), Selected(id, ids), Confirmation(id)), id, ids, "Suggestion acceptée : le texte anonymisé est publié.");

    public Task<IActionResult> OnPostStatutAsync(Guid? id, List<Guid> ids) =>
        Decide(new ModerateVerbatims(User.AccountId(), Selected(id, ids), Field("statut-", id), Field("motif-", id), Confirmation(id)), id, ids, "Statut enregistré.");

    public Task<IActionResult> OnPostTexteAsync(Guid id) =>
        Act(new EditVerbatimText(User.AccountId(), id, Request.Form["texte-" + id].ToString()), "Texte anonymisé modifié.");

    /// <summary>What a moderator did, as the item's history says it.</summary>
    public string Describe(HistoryEntry entry)
    {
        var who = entry.ModeratorId is { } id && Moderators.TryGetValue(id, out var name) ? name : "un modérateur";
        if (entry.Status is null)
        {
            return $"Texte modifié par {who} : « {entry.PreviousText} » → « {entry.NewText} »";
        }

        var decision = entry.OverriddenFlags.Count > 0
            ? $"{entry.Status} malgré le signalement {string.Join(", ", entry.OverriddenFlags.Select(f => $"« {f} »"))} par {who}"
            : $"Statut « {entry.Status} » donné par {who}";
        return entry.Reason is null ? decision : $"{decision} : motif « {entry.Reason} »";
    }

    private static IReadOnlyList<Guid> Selected(Guid? id, List<Guid> ids) => id is { } one ? [one] : ids;

    private string Field(string prefix, Guid? id) => Request.Form[prefix + (id?.ToString() ?? "lot")].ToString();

    /// <summary>The reason to publish one verbatim despite a serious flag; a bulk action has none.</summary>
    private string? Confirmation(Guid? id) => id is null ? null : Request.Form["confirmation-" + id].ToString();

    private async Task<IActionResult> Decide(ICommand<Result<ModerationOutcome>> command, Guid? id, List<Guid> ids, string message)
    {
        if (await TrySendAsync(command) is not { } outcome)
        {
            if (Refusal is { Field: "confirmation" } refusal && Selected(id, ids) is [var one])
            {
                // Beside the item's own confirmation field rather than at the top of the page.
                ModelState.Remove("Input.Confirmation");
                ModelState.AddModelError("confirmation-" + one, refusal.Message);
            }

            await LoadAsync();
            return Page();
        }

        var skipped = outcome.Value.Skipped;
        Message = skipped.Count == 0 ? message
            : outcome.Value.Decided == 0 ? null
            : $"{outcome.Value.Decided} verbatim{(outcome.Value.Decided > 1 ? "s" : "")} traité{(outcome.Value.Decided > 1 ? "s" : "")}.";
        Warning = skipped.Count == 0 ? null
            : (skipped.Count == 1 ? "1 verbatim n’a pas été publié car il porte" : $"{skipped.Count} verbatims n’ont pas été publiés car ils portent")
              + " un signalement grave : "
              + string.Join(" ; ", skipped.Select(v => $"{string.Join(", ", v.Flags.Select(f => $"« {f} »"))} (question « {v.QuestionLabel} »)"))
              + ". Publiez-les un par un si vous êtes sûr.";
        return Redirect(Request.Path + Filters(Statut, PageNumber));
    }

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

    private async Task LoadAsync()
    {
        var aborted = HttpContext.RequestAborted;
        Queue = await Mediator.Send(new GetModerationQueue(
            User.AccountId(), Statut, Siret, Formation, Question, Signalement, PageNumber, From: FormDates.Parse(Du), To: FormDates.Parse(Au), VerbatimId: Verbatim), aborted);
        if (Verbatim is not null && Queue.Items is [var item])
        {
            Statut = item.Status;
        }

        var moderators = Queue.Items.SelectMany(i => i.History).Select(h => h.ModeratorId).OfType<Guid>().Distinct().ToList();
        if (moderators.Count > 0)
        {
            Moderators = await Mediator.Send(new GetAccountNames(User.AccountId(), moderators), aborted);
        }

        var contacts = new Dictionary<string, IReadOnlyList<EstablishmentContact>>();
        foreach (var siret in Queue.Items.Where(i => i.SuggestedStatus == ModerationStatuses.Alert).Select(i => i.FormateurSiret).Distinct())
        {
            contacts[siret] = await Mediator.Send(new GetEstablishmentContacts(User.AccountId(), siret), aborted);
        }

        Contacts = contacts;
    }
}
