using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sirius.BuildingBlocks.Infrastructure.Hosting;

namespace Sirius.Host.Web;

/// <summary>
/// While the start-up work runs (<see cref="StartupGate"/>), answers 503 to everything but static files and health
/// probes: a problem to API callers, a French page to browsers.
/// </summary>
internal static class StartingUp
{
    public const string Detail = "Sirius démarre. Réessayez dans quelques secondes.";

    private const string PagePath = "demarrage.html";

    public static IApplicationBuilder UseStartingUpAnswer(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<StartupGate>();
        var page = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(PagePath);
        return app.Use(async (context, next) =>
        {
            if (gate.IsOpen || context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            if (ErrorHandling.WantsProblemDetails(context.Request))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = ErrorHandling.TitleFor(503), Detail = Detail },
                });
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        });
    }
}

/// <summary>The readiness probe; its first healthy answer starts the modules' warm-ups (<see cref="WarmUps"/>).</summary>
internal static class Readiness
{
    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder endpoints, string pattern)
    {
        var warmUps = endpoints.ServiceProvider.GetRequiredService<WarmUps>();
        return endpoints.MapHealthChecks(pattern, new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = async (context, report) =>
            {
                if (report.Status == HealthStatus.Healthy)
                {
                    warmUps.InstanceReady();
                }

                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(report.Status.ToString());
            },
        });
    }
}
