using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sirius.Host.Web;

/// <summary>Per-address limits on the public writes (bound from <c>RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in, sign-up and password reset attempts per address and minute.</summary>
    public int AccountPermitsPerMinute { get; set; } = 10;
}

internal static class RateLimits
{
    public const string Accounts = "comptes";

    public static IServiceCollection AddSiriusRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Accounts, context => IsRead(context)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AccountPermitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    private static bool IsRead(HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
}
