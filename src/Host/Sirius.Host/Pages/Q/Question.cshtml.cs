using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Q;

/// <summary>
/// One question per screen. Each submission is saved on the server (the first creates the response and its cookie),
/// so a reload resumes where the apprentice stopped; plain forms and redirects, no JavaScript needed.
/// </summary>
[EnableRateLimiting(RateLimits.Answers)]
public sealed class QuestionModel(IMediator mediator, RespondentAddress address) : PageModel
{
    public ResponseStep Step { get; private set; } = null!;

    public QuestionField Field { get; private set; } = null!;

    public string? Error { get; private set; }

    [BindProperty]
    public string QuestionKey { get; set; } = "";

    /// <summary>The field hidden from people (and from assistive technologies): only robots fill it.</summary>
    [BindProperty(Name = "SiteWeb")]
    public string? Honeypot { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, int step)
    {
        var found = await mediator.Send(new GetResponseStep(token, RespondentCookie.Read(Request), step), HttpContext.RequestAborted);
        if (found is null)
        {
            return await NotFoundOrClosedAsync(token);
        }

        if (Redirection(token, found, step) is { } redirect)
        {
            return redirect;
        }

        Show(found, found.Answer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, int step)
    {
        var key = RespondentCookie.Read(Request);
        var posted = Posted(Request.Form);
        var result = await mediator.Send(
            new SaveAnswer(token, key, QuestionKey, posted, !string.IsNullOrEmpty(Honeypot), address.HashOf(HttpContext),
                key is null ? InvitationCookie.Read(Request) : null),
            HttpContext.RequestAborted);

        if (result.IsSuccess)
        {
            var saved = result.Value;

            // Only the first step needs the campaign again (its end date bounds the cookie): one query less for the others.
            if (saved.Started && await mediator.Send(new GetCampaignLanding(token), HttpContext.RequestAborted) is { } current)
            {
                RespondentCookie.Write(Response, token, saved.Key, current.EndDate);
                InvitationCookie.Forget(Response, token);
            }

            return saved.Completed
                ? RedirectToPage("Merci", new { token })
                : RedirectToPage("Question", new { token, step = saved.NextStepNumber });
        }

        var found = await mediator.Send(new GetResponseStep(token, key, step), HttpContext.RequestAborted);
        if (found is null)
        {
            return await NotFoundOrClosedAsync(token);
        }

        if (found.Campaign.Availability != CampaignAvailabilities.Open || found.Completed)
        {
            return Redirection(token, found, step)!;
        }

        Response.StatusCode = result.Error!.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Error = result.Error.Message;
        Show(found, found.Question.Key == QuestionKey ? posted : found.Answer);
        return Page();
    }

    /// <summary>
    /// A ranking's « Monter » / « Descendre » without JavaScript: the form comes back with the posted order and that one
    /// move applied, nothing saved; « Suivant » saves the order shown.
    /// </summary>
    public async Task<IActionResult> OnPostDeplacerAsync(string token, int step, [FromForm(Name = "Deplacement")] string? move)
    {
        var found = await mediator.Send(new GetResponseStep(token, RespondentCookie.Read(Request), step), HttpContext.RequestAborted);
        if (found is null)
        {
            return await NotFoundOrClosedAsync(token);
        }

        if (Redirection(token, found, step) is { } redirect)
        {
            return redirect;
        }

        if (found.Question.Key != QuestionKey || found.Question.Kind != "ranking" || move?.Split(' ') is not [var key, var direction])
        {
            return RedirectToPage("Question", new { token, step });
        }

        var posted = Posted(Request.Form);
        var order = RankingOrder.Move(RankingOrder.Of(found.Question, posted.Values, posted.Items), key, direction);
        Show(found, new PostedAnswer(order, new Dictionary<string, string>(), null));
        if (found.Question.Options.Any(o => o.Key == key))
        {
            Field = Field with { MovedKey = key, MovedDirection = direction };
        }

        return Page();
    }

    /// <summary>
    /// The answer as the partial <c>_Question</c> posts it: <c>Values</c>, <c>Items[key]</c>, <c>FollowUp</c>. Read by hand
    /// because model binding would fill an unprefixed dictionary with every other field of the form.
    /// </summary>
    private static PostedAnswer Posted(IFormCollection form) => new(
        form["Values"].OfType<string>().ToList(),
        form.Keys
            .Where(k => k.StartsWith("Items[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["Items[".Length..^1], k => form[k].ToString(), StringComparer.Ordinal),
        form["FollowUp"].FirstOrDefault());

    /// <summary>A deleted campaign's questions lead to its link's page, which says the survey is closed.</summary>
    private async Task<IActionResult> NotFoundOrClosedAsync(string token) =>
        await mediator.Send(new IsCampaignDeleted(token), HttpContext.RequestAborted) ? RedirectToPage("Index", new { token }) : NotFound();

    private IActionResult? Redirection(string token, ResponseStep found, int step) =>
        found.Campaign.Availability != CampaignAvailabilities.Open ? RedirectToPage("Index", new { token })
        : found.Completed ? RedirectToPage("Merci", new { token })
        : step != found.StepNumber || step > found.ResumeStepNumber ? RedirectToPage("Question", new { token, step = found.ResumeStepNumber })
        : null;

    private void Show(ResponseStep found, PostedAnswer answer)
    {
        Step = found;
        QuestionKey = found.Question.Key;
        Field = new QuestionField(found.Question, answer.Values, answer.Items, answer.FollowUp, Error);
    }
}
