using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;

namespace Sirius.Host.Web;

/// <summary>
/// Turns exceptions into answers: invalid input becomes a 400 with French messages per field, a request the
/// authorization step refused a 403 or 404, an unreachable database a 503, anything else a 500 without internals. API callers get ProblemDetails;
/// browsers are re-executed to the error page with the same status.
/// </summary>
internal sealed class ErrorHandling(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string PagePath = "/erreur";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!WantsProblemDetails(httpContext.Request))
        {
            return false;
        }

        var status = StatusFor(exception);
        ProblemDetails problem = exception is ValidationFailedException invalid
            ? new ValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value)) { Title = invalid.Message }
            : new ProblemDetails { Title = TitleFor(status), Detail = DetailFor(status) };
        problem.Status = status;

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "30";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// A client's mistake (4xx) is not the server's error: no error-level entry with a stack trace for it (the
    /// pipeline already logs a refused or invalid request at Information).
    /// </summary>
    public static bool IsClientError(ExceptionHandlerSuppressDiagnosticsContext context) => StatusFor(context.Exception) < 500;

    public static int StatusFor(Exception exception) => exception switch
    {
        ValidationFailedException => StatusCodes.Status400BadRequest,
        RequestRefusedException { Error.Kind: ErrorKind.NotFound } => StatusCodes.Status404NotFound,
        RequestRefusedException => StatusCodes.Status403Forbidden,
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Requête invalide.",
        StatusCodes.Status403Forbidden => "Accès refusé.",
        StatusCodes.Status404NotFound => "Ressource introuvable.",
        StatusCodes.Status405MethodNotAllowed => "Méthode non autorisée.",
        StatusCodes.Status413PayloadTooLarge => "Requête trop volumineuse.",
        StatusCodes.Status429TooManyRequests => "Trop de requêtes.",
        StatusCodes.Status503ServiceUnavailable => "Service momentanément indisponible.",
        _ => "Une erreur inattendue s’est produite.",
    };

    public static string? DetailFor(int status) => status switch
    {
        StatusCodes.Status405MethodNotAllowed => "Cette adresse ne s’utilise pas avec cette méthode HTTP : voyez l’en-tête Allow.",
        StatusCodes.Status429TooManyRequests => "Vous avez envoyé trop de requêtes en peu de temps. Réessayez dans une minute.",
        StatusCodes.Status503ServiceUnavailable => "La base de données ne répond pas. Réessayez dans quelques instants.",
        _ => null,
    };

    public static bool WantsProblemDetails(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || request.Path.StartsWithSegments("/health")
        || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
