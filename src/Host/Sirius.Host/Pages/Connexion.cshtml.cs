using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ConnexionModel(IMediator mediator, SignInThrottle throttle) : FormPage(mediator)
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Input.Email ?? "";
        var client = HttpContext.Connection.RemoteIpAddress;
        if (throttle.WaitFor(email, client) is { TotalSeconds: > 0 } wait)
        {
            ModelState.AddModelError("", $"Trop de tentatives pour cette adresse électronique : réessayez dans {InWords(wait)}, ou réinitialisez votre mot de passe.");
            return Page();
        }

        await Task.Delay(throttle.DelayFor(email), HttpContext.RequestAborted);
        var outcome = await Mediator.Send(new SignIn(email, Input.Password ?? ""), HttpContext.RequestAborted);
        if (outcome.Account is not { } account)
        {
            throttle.Failed(email, client);
            ModelState.AddModelError("", outcome.Refusal!);
            return Page();
        }

        throttle.Succeeded(email, client);
        await AccountSession.SignInAsync(HttpContext, account);
        return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour : "/espace");
    }

    private static string InWords(TimeSpan wait) => Math.Ceiling(wait.TotalSeconds) switch
    {
        <= 1 => "1 seconde",
        < 60 and var seconds => $"{seconds:0} secondes",
        _ => $"{Math.Ceiling(wait.TotalMinutes):0} minutes",
    };

    public sealed class SignInInput
    {
        [Display(Name = "Adresse électronique")]
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
