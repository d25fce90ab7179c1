namespace Sirius.Host.Web;

/// <summary>
/// Headers every answer carries. Pages allow no inline script and no framing, except the widget pages
/// (<c>/widget/…</c>), which any partner site may frame.
/// </summary>
internal static class SecurityHeaders
{
    public const string WidgetPath = "/widget";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var widget = context.Request.Path.StartsWithSegments(WidgetPath, StringComparison.OrdinalIgnoreCase);
            headers.ContentSecurityPolicy = Policy + (widget ? "*" : "'none'");
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!widget)
            {
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }

            return next(context);
        });
}
