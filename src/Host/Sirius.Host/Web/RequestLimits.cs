using Microsoft.AspNetCore.Http.Features;

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
}
