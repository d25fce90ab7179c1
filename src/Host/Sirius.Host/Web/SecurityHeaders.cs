namespace Sirius.Host.Web;

/// <summary>
/// Headers every answer carries. Pages allow no inline script and no framing, except the widget pages
/// (<c>/widget/…</c>), which any partner site may frame. The API documentation page runs the one inline script of
/// its package under a per-request nonce and lets that package style its components inline (docs/adr/0021).
/// </summary>
internal static class SecurityHeaders
{
    public const string WidgetPath = "/widget";

    public const string DocumentationPath = "/api/documentation";

    private const string NonceItem = "sirius-csp-nonce";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var widget = context.Request.Path.StartsWithSegments(WidgetPath, StringComparison.OrdinalIgnoreCase);
            var policy = Policy + (widget ? "*" : "'none'");
            if (context.Request.Path.StartsWithSegments(DocumentationPath, StringComparison.OrdinalIgnoreCase))
            {
                var nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
                context.Items[NonceItem] = nonce;
                policy = policy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                    .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
            }

            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!widget)
            {
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }

            return next(context);
        });

    /// <summary>The nonce the documentation page's scripts must carry on this request.</summary>
    public static string NonceOf(HttpContext context) => context.Items[NonceItem] as string ?? "";
}
