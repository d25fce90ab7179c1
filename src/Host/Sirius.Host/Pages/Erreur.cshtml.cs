using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Host.Web;

namespace Sirius.Host.Pages;

/// <summary>Every error a browser meets ends here, with its status code kept; API callers get ProblemDetails.</summary>
[IgnoreAntiforgeryToken(Order = 1001)] // after the global AutoValidateAntiforgeryToken convention: a re-executed POST must not fail again
public sealed class ErreurModel(IProblemDetailsService problemDetails) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public Task<IActionResult> OnGetAsync([FromQuery] int? code) => Render(code);

    public Task<IActionResult> OnPostAsync([FromQuery] int? code) => Render(code);

    // A 405 is re-executed here with the refused method.
    public Task<IActionResult> OnPutAsync([FromQuery] int? code) => Render(code);

    public Task<IActionResult> OnPatchAsync([FromQuery] int? code) => Render(code);

    public Task<IActionResult> OnDeleteAsync([FromQuery] int? code) => Render(code);

    private async Task<IActionResult> Render(int? code)
    {
        Status = code ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is { Error: { } error }
            ? ErrorHandling.StatusFor(error)
            : Response.StatusCode);
        if (Status < 400)
        {
            Status = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = Status;
        if (ErrorHandling.WantsProblemDetails(Request))
        {
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Status, Title = ErrorHandling.TitleFor(Status), Detail = ErrorHandling.DetailFor(Status) },
            });
            return new EmptyResult();
        }

        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }

        Title = Status switch
        {
            StatusCodes.Status404NotFound => "Page non trouvée",
            StatusCodes.Status400BadRequest => "Requête invalide",
            StatusCodes.Status403Forbidden => "Accès refusé",
            StatusCodes.Status405MethodNotAllowed => "Méthode non autorisée",
            StatusCodes.Status413PayloadTooLarge => "Requête trop volumineuse",
            StatusCodes.Status429TooManyRequests => "Trop de requêtes",
            StatusCodes.Status503ServiceUnavailable => "Service momentanément indisponible",
            _ => "Erreur inattendue",
        };
        Message = Status switch
        {
            StatusCodes.Status404NotFound => "La page que vous cherchez est introuvable. Vérifiez l’adresse ou revenez à l’accueil.",
            StatusCodes.Status400BadRequest => "La demande envoyée n’a pas pu être comprise.",
            StatusCodes.Status403Forbidden => "Vous n’avez pas accès à cette page.",
            StatusCodes.Status405MethodNotAllowed => "Cette adresse ne s’utilise pas de cette façon. Revenez à la page précédente ou à l’accueil.",
            StatusCodes.Status413PayloadTooLarge => "Les données envoyées dépassent la taille autorisée. Raccourcissez vos textes et réessayez.",
            StatusCodes.Status429TooManyRequests => "Vous avez envoyé trop de demandes en peu de temps. Réessayez dans une minute.",
            StatusCodes.Status503ServiceUnavailable => "Sirius ne peut pas répondre pour le moment. Réessayez dans quelques instants : rien de ce que vous avez déjà enregistré n’est perdu.",
            _ => "Désolé, le service rencontre un problème. Nous travaillons à le résoudre.",
        };
        return Page();
    }
}
