namespace Sirius.Host.Web;

/// <summary>
/// The open API (<c>/api/v1/…</c>) may be read from any origin: every answer, errors and redirects included, says so
/// whether or not the request named its origin (the answers are the same for everyone and cached as such, so no
/// <c>Vary: Origin</c>), and a preflight <c>OPTIONS</c> is answered here, before routing, for every API address
/// (docs/adr/0022). Nothing under <c>/api/v1</c> needs credentials, hence the wildcard. A <c>HEAD</c>, which the
/// preflight allows, is routed as the <c>GET</c> it asks about (minimal API routes match GET only); Kestrel still
/// sends no body for it.
/// </summary>
internal static class ApiCors
{
    public const string Prefix = "/api/v1";
    public const string AllowedMethods = "GET, HEAD, OPTIONS";
    public const string DefaultAllowedHeaders = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since";
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromDays(1);

    public static IApplicationBuilder UseApiCors(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            var headers = context.Response.Headers;
            if (!HttpMethods.IsOptions(context.Request.Method))
            {
                if (HttpMethods.IsHead(context.Request.Method))
                {
                    context.Request.Method = HttpMethods.Get;
                }

                // When the headers leave: an answer may be cleared and rewritten on its way (an error page).
                context.Response.OnStarting(() =>
                {
                    headers.AccessControlAllowOrigin = "*";
                    headers.AccessControlExposeHeaders = "ETag, Location, Retry-After";
                    return Task.CompletedTask;
                });
                return next(context);
            }

            headers.AccessControlAllowOrigin = "*";
            var requested = context.Request.Headers.AccessControlRequestHeaders.ToString();
            headers.AccessControlAllowMethods = AllowedMethods;
            headers.AccessControlAllowHeaders = string.IsNullOrWhiteSpace(requested) ? DefaultAllowedHeaders : requested;
            headers.AccessControlMaxAge = ((int)PreflightMaxAge.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers.CacheControl = "public, max-age=86400";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
}
