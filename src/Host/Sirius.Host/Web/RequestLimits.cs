using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sirius.Host.Web;

/// <summary>
/// Every limit on what a client may send, in one place. A request over a limit is refused with a 413
/// (body) or a 400 (form shape, header size), never read into memory nor answered with a 500. The
/// catalogue import page raises the body and multipart limits for its CSV file only.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Largest request body: a form page or an API call, far above any legitimate one.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Largest single form value (a free-text answer is a few thousand characters).</summary>
    public const int MaxFormValueLength = 64 * 1024;

    /// <summary>Most form fields in one post (a questionnaire step has a few dozen).</summary>
    public const int MaxFormValueCount = 512;

    /// <summary>Longest form field name.</summary>
    public const int MaxFormKeyLength = 256;

    /// <summary>Deepest JSON document the host reads or writes.</summary>
    public const int MaxJsonDepth = 32;

    public static WebApplicationBuilder AddSiriusRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = MaxFormValueLength;
            form.ValueCountLimit = MaxFormValueCount;
            form.KeyLengthLimit = MaxFormKeyLength;
            form.MultipartBodyLengthLimit = MaxBodyBytes;
            form.MultipartHeadersLengthLimit = 16 * 1024;
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = MaxJsonDepth);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.JsonSerializerOptions.MaxDepth = MaxJsonDepth);
        return builder;
    }

    /// <summary>
    /// Pages answer GET, HEAD and, when they have a POST handler, POST; any other method gets a 405 before the page runs
    /// (without a handler for it, Razor Pages would render the page with nothing loaded: a 500).
    /// </summary>
    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            var metadata = context.GetEndpoint()?.Metadata;
            if (metadata?.GetMetadata<PageActionDescriptor>() is null
                || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                return next(context);
            }

            var posts = metadata.GetMetadata<CompiledPageActionDescriptor>() is not { } page
                || page.HandlerMethods.Any(h => HttpMethods.IsPost(h.HttpMethod));
            if (HttpMethods.IsPost(method) && posts)
            {
                return next(context);
            }

            context.Response.Headers.Allow = posts ? "GET, HEAD, POST" : "GET, HEAD";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        });

    /// <summary>
    /// A body announced larger than the endpoint accepts gets a 413 before anything reads it: otherwise the anti-forgery
    /// check, which reads the form first, fails on it with a 400. After routing, to see the pages that raise the limit.
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var raised = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = raised is null ? MaxBodyBytes : raised.MaxRequestBodySize;
            // The error page, re-executed with the same request, must not be refused again.
            if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
