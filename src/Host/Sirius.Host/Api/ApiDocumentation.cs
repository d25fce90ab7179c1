using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;

namespace Sirius.Host.Api;

/// <summary>
/// The open API's OpenAPI document, written in French with an example answer for each endpoint, and its human-readable
/// page (Scalar, served from its NuGet package: no CDN, no font or telemetry request leaves the browser) at
/// <see cref="PagePath"/>, where the usual addresses of such pages redirect (docs/adr/0021).
/// </summary>
internal static class ApiDocumentation
{
    public const string PagePath = "/api/documentation";
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Where partners look for API documentation out of habit.</summary>
    private static readonly string[] UsualPaths = ["/docs", "/swagger", "/swagger/index.html", "/scalar", "/redoc"];

    public static IServiceCollection AddSiriusApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, context, _) =>
            {
                var threshold = context.ApplicationServices.GetRequiredService<AnonymityThreshold>().Value;
                var feedback = context.ApplicationServices.GetRequiredService<IConfiguration>()
                    .GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>()?.FeedbackPermitsPerMinute ?? new RateLimitOptions().FeedbackPermitsPerMinute;
                document.Info.Title = "API ouverte Sirius";
                document.Info.Version = "v1";
                document.Info.Description = ApiExamples.Introduction(threshold, feedback);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                ApiExamples.Apply(operation, context.Description.RelativePath?.TrimEnd('/') ?? "");
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ObsoleteAttribute>().Any())
                {
                    operation.Deprecated = true;
                }

                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapSiriusApiDocumentation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference(PagePath, (options, http) => options
            .WithTitle("Documentation de l’API ouverte Sirius")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithNonce(SecurityHeaders.NonceOf(http))
            .WithFavicon("/lib/dsfr/favicon/favicon.svg")
            .DisableDefaultFonts()
            .WithTheme(ScalarTheme.None)
            .ForceLightMode()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .ExpandAllTags()
            .HideClientButton()
            .HideDocumentDownload()
            .HideDeveloperTools()
            .AddHeadContent($"<script src=\"/js/api-documentation.js\" nonce=\"{SecurityHeaders.NonceOf(http)}\"></script>")
            .WithCustomCss(DsfrLook))
            .ExcludeFromDescription();
        foreach (var path in UsualPaths)
        {
            endpoints.MapGet(path, () => Results.Redirect(PagePath, permanent: true)).ExcludeFromDescription();
        }

        return endpoints;
    }

    /// <summary>Marianne where the DSFR provides it, and the DSFR's blue for links and accents.</summary>
    private const string DsfrLook = """
        @font-face { font-family: Marianne; src: url(/lib/dsfr/fonts/Marianne-Regular.woff2) format("woff2"); font-weight: 400; }
        @font-face { font-family: Marianne; src: url(/lib/dsfr/fonts/Marianne-Bold.woff2) format("woff2"); font-weight: 700; }
        .scalar-app, .light-mode {
          --scalar-font: Marianne, arial, sans-serif;
          --scalar-color-accent: #000091;
          --scalar-color-1: #161616;
          --scalar-color-2: #3a3a3a;
          --scalar-color-3: #666666;
        }
        .hljs-number, .hljs-literal, .hljs-string, .hljs-attr, .hljs-keyword, .hljs-tag, .hljs-name, .hljs-attribute { color: #000091 !important; }
        .hljs-punctuation, .hljs-comment { color: #3a3a3a !important; }
        """;
}
