using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sirius.Host.Web;

/// <summary>Per-address limits on the public writes (bound from <c>RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in, sign-up and password reset attempts per address and minute.</summary>
    public int AccountPermitsPerMinute { get; set; } = 10;

    /// <summary>"Was this useful?" answers per address and minute, from the widget.</summary>
    public int FeedbackPermitsPerMinute { get; set; } = 20;

    /// <summary>Replies of CFA staff to testimonies, per address and minute.</summary>
    public int ReplyPermitsPerMinute { get; set; } = 10;

    /// <summary>Roster uploads, invitation-only switches and unsubscriptions per address and minute.</summary>
    public int RosterPermitsPerMinute { get; set; } = 10;

    /// <summary>Questionnaire steps saved per address and minute: a whole class may answer behind one school network.</summary>
    public int AnswerPermitsPerMinute { get; set; } = 600;
}

internal static class RateLimits
{
    public const string Accounts = "comptes";
    public const string Feedback = "avis";
    public const string Answers = "reponses";
    public const string Replies = "reponses-cfa";
    public const string Rosters = "listes-apprentis";

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
            limiter.AddPolicy(Accounts, context => WritesPerAddress(context, options.AccountPermitsPerMinute));
            limiter.AddPolicy(Feedback, context => WritesPerAddress(context, options.FeedbackPermitsPerMinute));
            limiter.AddPolicy(Answers, context => WritesPerAddress(context, options.AnswerPermitsPerMinute));
            limiter.AddPolicy(Replies, context => WritesPerAddress(context, options.ReplyPermitsPerMinute));
            limiter.AddPolicy(Rosters, context => WritesPerAddress(context, options.RosterPermitsPerMinute));
        });
    }

    private static RateLimitPartition<string> WritesPerAddress(HttpContext context, int permitsPerMinute) => IsRead(context)
        ? RateLimitPartition.GetNoLimiter("read")
        : RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) });

    private static bool IsRead(HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
}
