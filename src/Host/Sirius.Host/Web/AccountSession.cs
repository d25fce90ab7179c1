using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Host.Web;

/// <summary>The signed-in account as a cookie: id, name, role and whether the terms of use were accepted.</summary>
internal static class AccountSession
{
    public const string TermsClaim = "cgu";
    public const string StampClaim = "session";
    public const string TermsPath = "/compte/conditions";

    public static Task SignInAsync(HttpContext context, SignedInAccount account) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(account.Id, account.FullName, account.Role, account.TermsAccepted, account.SessionStamp));

    /// <summary>The same session with another stamp or with the terms accepted (after a password change, on acceptance).</summary>
    public static Task RenewAsync(HttpContext context, string? stamp = null, bool termsAccepted = false)
    {
        var user = context.User;
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(
            user.AccountId(), user.Identity!.Name!, user.FindFirstValue(ClaimTypes.Role)!,
            termsAccepted || user.HasClaim(TermsClaim, "1"), stamp ?? user.FindFirstValue(StampClaim)!));
    }

    public static Guid AccountId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    /// <summary>The session cookie (or the first of its chunks).</summary>
    public const string CookieName = "sirius";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/connexion";
        options.LogoutPath = "/deconnexion";
        options.AccessDeniedPath = "/acces-refuse";
        options.ReturnUrlParameter = "retour";
        options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        options.Events.OnValidatePrincipal = CheckStampAsync;
    }

    /// <summary>
    /// Checked on every request (one read by primary key): a password change, a reset, a sign-out, a deactivation or a
    /// role change renews the account's stamp or makes it inactive, which ends every session at once (ADR 0018).
    /// </summary>
    private static async Task CheckStampAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal!;
        var current = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await context.HttpContext.RequestServices.GetRequiredService<IMediator>().Send(new GetSessionStamp(id), context.HttpContext.RequestAborted)
            : null;
        if (current is null || !string.Equals(current, user.FindFirstValue(StampClaim), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static ClaimsPrincipal Principal(Guid id, string name, string role, bool termsAccepted, string stamp) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, id.ToString()),
                new Claim(ClaimTypes.Name, name),
                new Claim(ClaimTypes.Role, role),
                new Claim(TermsClaim, termsAccepted ? "1" : "0"),
                new Claim(StampClaim, stamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>What a signed-in user sees (pages, exports) stays out of every cache, the browser's included.</summary>
    public static IApplicationBuilder UseNoStoreWhenSignedIn(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

    /// <summary>Until the terms of use are accepted, a signed-in user only reaches the acceptance page (and can sign out).</summary>
    public static IApplicationBuilder UseTermsAcceptance(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.Identity?.IsAuthenticated == true && !context.User.HasClaim(TermsClaim, "1")
                && !path.StartsWithSegments(TermsPath) && !path.StartsWithSegments("/deconnexion")
                && !path.StartsWithSegments("/conditions-generales-d-utilisation") && !path.StartsWithSegments("/lib")
                && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/erreur"))
            {
                context.Response.Redirect(TermsPath);
                return Task.CompletedTask;
            }

            return next(context);
        });

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorHandling.WantsProblemDetails(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
