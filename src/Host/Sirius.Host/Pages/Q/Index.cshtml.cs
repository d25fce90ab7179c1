using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Q;

/// <summary>The apprentice's landing page, reached through the campaign's public link (no account).</summary>
public sealed class LandingModel(IMediator mediator) : PageModel
{
    public CampaignLanding? Campaign { get; private set; }

    public bool IsOpen => Campaign?.Availability == CampaignAvailabilities.Open;

    /// <summary>The step to resume at, when this browser has a response in progress.</summary>
    public int? ResumeStep { get; private set; }

    /// <summary>This browser came through a personal invitation link not used yet: its response will be verified.</summary>
    public bool Invited { get; private set; }

    /// <summary>The link is one of a campaign its establishment deleted.</summary>
    public bool Deleted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Invited = InvitationCookie.Read(Request) is not null;
        var key = RespondentCookie.Read(Request);
        if (key is null)
        {
            Campaign = await mediator.Send(new GetCampaignLanding(token), HttpContext.RequestAborted);
            return Campaign is null ? await ClosedOrNotFoundAsync(token) : Page();
        }

        var step = await mediator.Send(new GetResponseStep(token, key, 1), HttpContext.RequestAborted);
        if (step is null)
        {
            return await ClosedOrNotFoundAsync(token);
        }

        if (step.Completed)
        {
            return RedirectToPage("Merci", new { token });
        }

        Campaign = step.Campaign;
        ResumeStep = step.ResumeStepNumber > 1 ? step.ResumeStepNumber : null;
        return Page();
    }

    public string? Refusal => Campaign?.Availability switch
    {
        CampaignAvailabilities.NotStarted => $"Ce questionnaire ouvrira le {Campaign.StartDate:d MMMM yyyy}. Reviens à partir de cette date !",
        CampaignAvailabilities.Ended => $"Ce questionnaire est fermé depuis le {Campaign.EndDate.AddDays(1):d MMMM yyyy} : il n’accepte plus de réponses.",
        CampaignAvailabilities.Full when ResumeStep is not null =>
            "Pendant que tu répondais, ton questionnaire a reçu toutes les réponses prévues par ton centre de formation : la dernière place a été prise juste avant toi. Tes réponses n’ont pas pu être envoyées et ne seront pas utilisées. Merci d’avoir pris ce temps, et désolé !",
        CampaignAvailabilities.Full => "Ce questionnaire a reçu toutes les réponses prévues : il n’en accepte plus. Merci de ton intérêt !",
        _ => Campaign is { PersonalInvitationsOnly: true } && !Invited && ResumeStep is null
            ? "Ce questionnaire est réservé aux apprentis invités personnellement : utilise le lien reçu par courriel."
            : null,
    };

    /// <summary>A deleted campaign's link says the survey no longer exists (410); any other unknown link is a 404.</summary>
    private async Task<IActionResult> ClosedOrNotFoundAsync(string token)
    {
        if (!await mediator.Send(new IsCampaignDeleted(token), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Deleted = true;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>This page only reads: a form posted to it is refused rather than rendered without its data.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
