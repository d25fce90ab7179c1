using Sirius.Host.Pages.Widget;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Web.Impact;

/// <summary>
/// Where the host counts impact (docs/adr/0029): the widget pages are counted as they leave, before the output
/// cache, so that a page served from the cache counts like a rendered one; the /decouvrir results lead to a formation
/// through a redirect that counts the click (no JavaScript needed).
/// </summary>
public static class ImpactCounting
{
    /// <summary>
    /// Set by the widget page: the testimonies it shows (ids, or « - » for none). It is stored with the page by the output
    /// cache, read and removed here on every answer, so the visitor never receives it.
    /// </summary>
    public const string ShownHeader = "X-Sirius-Impact";

    public const string DiscoveryPath = "/decouvrir/temoignages";

    public static IServiceCollection AddImpactCounting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Sirius:Impact").Get<ImpactOptions>() ?? new ImpactOptions();
        services.AddSingleton(options);
        services.AddSingleton<ImpactCounter>();
        services.AddHostedService<ImpactFlush>();
        return services;
    }

    /// <summary>Before the output cache: sees every widget answer, rendered or stored.</summary>
    public static IApplicationBuilder UseImpactCounting(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.StartsWithSegments("/widget"))
        {
            http.Response.OnStarting(() =>
            {
                CountWidget(http);
                return Task.CompletedTask;
            });
        }

        await next(http);
    });

    /// <summary>
    /// <c>GET /decouvrir/temoignages?vers=/widget/formation/…</c>: counts a click from the discovery results, then
    /// leads to the formation's testimonies. Anything but a widget address of this site is refused.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscoveryClicks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DiscoveryPath, (HttpContext http, string? vers, ImpactCounter counter) =>
        {
            const string prefix = "/widget/" + PublicSubjects.Formation + "/";
            if (vers is not { Length: <= 1000 } || !vers.StartsWith(prefix, StringComparison.Ordinal) || vers.Contains('\\', StringComparison.Ordinal)
                || !Uri.TryCreate("http://localhost" + vers, UriKind.Absolute, out var address) || address.Host != "localhost")
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Adresse de destination invalide",
                    detail: "Ce lien ne mène pas aux témoignages d’une formation de Sirius.");
            }

            var code = Uri.UnescapeDataString(address.AbsolutePath[prefix.Length..]);
            var siret = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(address.Query).GetValueOrDefault("etablissement").ToString();
            if (IsCode(code))
            {
                counter.Count(http, "clic|" + code + "|" + siret, [new ImpactHit(
                    counter.Today, ImpactMeasures.DiscoveryClick, Target(PublicSubjects.Formation, code), siret.Length == 14 ? siret : null, null, ImpactMeasures.SiriusOrigin)]);
            }

            return Results.Redirect(address.PathAndQuery);
        });
        return endpoints;
    }

    private static void CountWidget(HttpContext http)
    {
        var response = http.Response;
        var shown = response.Headers[ShownHeader].ToString();
        response.Headers.Remove(ShownHeader);
        var query = http.Request.Query;
        var segments = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (response.StatusCode != StatusCodes.Status200OK || shown.Length == 0 || segments.Length != 3
            || query.ContainsKey("merci") || query.ContainsKey("deja") || !IsCode(segments[2]))
        {
            return;
        }

        var target = Target(segments[1], segments[2]);
        var siret = query["etablissement"].ToString() is { Length: 14 } s ? s : null;
        var number = query[WidgetModel.PageParameter].ToString();
        var firstPage = number is "" or "1";
        var origin = OriginOf(http.Request);
        var day = http.RequestServices.GetRequiredService<ImpactCounter>().Today;
        var testimonies = shown == "-" ? [] : shown.Split(',').Select(id => Guid.TryParseExact(id, "N", out var g) ? g : (Guid?)null).OfType<Guid>();
        IEnumerable<ImpactHit> hits = testimonies.Select(id => new ImpactHit(day, ImpactMeasures.TestimonyShown, target, siret, id, origin));
        if (firstPage)
        {
            hits = hits.Prepend(new ImpactHit(day, ImpactMeasures.Impression, target, siret, null, origin));
        }

        http.RequestServices.GetRequiredService<ImpactCounter>().Count(http, target + "|" + siret + "|" + number, hits);
    }

    /// <summary>
    /// The embedding site as its browser named it (<c>Referer</c>, else <c>Origin</c>), cut to scheme and host:
    /// « sirius » for this site's own pages, empty when it said nothing usable.
    /// </summary>
    private static string OriginOf(HttpRequest request)
    {
        var said = request.Headers.Referer.ToString() is { Length: > 0 } referer ? referer : request.Headers.Origin.ToString();
        if (!Uri.TryCreate(said, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return "";
        }

        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return ImpactMeasures.SiriusOrigin;
        }

        var origin = uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        return origin.Length <= 100 ? origin : "";
    }

    private static string Target(string subject, string code) => subject + "/" + code.ToUpperInvariant();

    private static bool IsCode(string code) => code is { Length: > 0 and <= 32 } && code.All(char.IsAsciiLetterOrDigit);
}
