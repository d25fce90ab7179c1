using MediatR;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// The one-click unsubscription of the invitation e-mails (RFC 8058): the mail client posts
/// <c>List-Unsubscribe=One-Click</c> to the address of the <c>List-Unsubscribe</c> header, without cookies nor the
/// page's anti-forgery token, which it cannot have. The personal token in the address is the only credential, as on the
/// confirmation page (docs/adr/0028). A browser opening the address is sent to that page.
/// </summary>
public static class OneClickUnsubscribe
{
    public const string Body = "List-Unsubscribe=One-Click";

    public static IEndpointRouteBuilder MapOneClickUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/desinscription/{lien}/un-clic", (string lien) => Results.Redirect("/desinscription/" + Uri.EscapeDataString(lien)))
            .ExcludeFromDescription();
        endpoints.MapPost("/desinscription/{lien}/un-clic", async (string lien, HttpContext context, IMediator mediator) =>
            {
                if (!context.Request.HasFormContentType
                    || (await context.Request.ReadFormAsync(context.RequestAborted))["List-Unsubscribe"] != "One-Click")
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Demande de désinscription incomplète",
                        detail: $"Le corps de la demande doit être « {Body} ».");
                }

                return (await mediator.Send(new Unsubscribe(lien), context.RequestAborted)).IsSuccess
                    ? Results.Text("Désinscription enregistrée : Sirius n’enverra plus d’invitation à cette adresse.", "text/plain; charset=utf-8")
                    : Results.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Lien inconnu",
                        detail: "Ce lien de désinscription n’existe pas ou n’est plus valable.");
            })
            .RequireRateLimiting(RateLimits.Rosters)
            .ExcludeFromDescription();
        return endpoints;
    }
}
