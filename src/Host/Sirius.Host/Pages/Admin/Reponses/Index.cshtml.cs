using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Admin.Reponses;

/// <summary>Flagged responses to review, one tab per reason; checked ones are kept or discarded together.</summary>
public sealed class ReponsesSignaleesModel(IMediator mediator) : FormPage(mediator)
{
    public static IReadOnlyDictionary<string, string> ReasonLabels { get; } = new Dictionary<string, string>
    {
        [SuspicionReasons.TooFast] = "Trop rapide",
        [SuspicionReasons.Incomplete] = "Incomplète",
        [SuspicionReasons.Honeypot] = "Champ piège rempli",
        [SuspicionReasons.Rate] = "Trop de réponses d’une même adresse",
    };

    [BindProperty(SupportsGet = true, Name = "motif")]
    public string Motif { get; set; } = SuspicionReasons.TooFast;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public FlaggedResponses Flagged { get; private set; } = new([], [], 0, 1, 50);

    [TempData]
    public string? Message { get; set; }

    /// <summary>The checked responses whose discarding is asked, shown for confirmation.</summary>
    public IReadOnlyList<Guid> ToDiscard { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    /// <summary>« Écarter les réponses cochées »: changes nothing yet, asks for a confirmation of what will be discarded.</summary>
    public async Task<IActionResult> OnPostEcarterAsync(List<Guid> ids)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        ToDiscard = [.. ids.Distinct()];
        if (ToDiscard.Count == 0)
        {
            ModelState.AddModelError("ids", "Cochez au moins une réponse à écarter.");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<Guid> ids, string decision)
    {
        var reviewed = await TrySendAsync(new ReviewFlaggedResponses(User.AccountId(), ids, decision));
        if (reviewed is not null)
        {
            Message = decision == ReviewDecisions.Discard
                ? $"{reviewed.Value} réponse(s) écartée(s) : elles ne comptent plus dans les résultats ni les statistiques."
                : $"{reviewed.Value} réponse(s) conservée(s).";
            return Redirect($"{Request.Path}?motif={Uri.EscapeDataString(Motif)}");
        }

        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var flagged = await Mediator.Send(new ListFlaggedResponses(User.AccountId(), Motif, PageNumber), HttpContext.RequestAborted);
        if (!flagged.IsSuccess)
        {
            return Forbid();
        }

        Flagged = flagged.Value;
        return null;
    }
}
