using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Sirius.Host.OpenData;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// Every public read as rendered for one version of what it shows (ASP.NET Core output cache, one base policy): while
/// that version does not move, an anonymous visitor or partner gets the stored answer without it being computed
/// again, and a conditional request gets 304 from its ETag. The versions come from the database (at most a second
/// old), so a moderation decision shows within seconds and every host instance keys its answers alike. Signed-in
/// visitors always get a fresh page (the layout names them). The widget pages have a policy of their own
/// (<see cref="WidgetCache"/>).
/// </summary>
public static class PublicReadCache
{
    /// <summary>What a public read shows, and so what its stored answers are keyed by.</summary>
    private enum Dependency
    {
        /// <summary>Nothing that changes while the process runs (a static page, the OpenAPI document).</summary>
        None,

        /// <summary>The public read models (counters, aggregates, published testimonies).</summary>
        ReadModels,

        /// <summary>The public read models and the statistics read side (the public statistics page reads both).</summary>
        Statistics,

        /// <summary>The nearby-search index, which follows the read models within seconds.</summary>
        NearbyIndex,

        /// <summary>The latest open-data generation (its manifest).</summary>
        OpenData,
    }

    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddPublicReadCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddBasePolicy(new Policy()));

    /// <summary>Null for anything that is not a public read.</summary>
    private static Dependency? Of(PathString path) => path.Value switch
    {
        "/" => Dependency.None,
        "/statistiques" => Dependency.Statistics,
        "/decouvrir" or "/api/v1/formations/nearby" => Dependency.NearbyIndex,
        "/api/v1/donnees-ouvertes" => Dependency.OpenData,
        // Reference data follows the catalogue import, not the read models: one indexed row, read fresh every time.
        _ when path.StartsWithSegments("/api/v1/etablissements") && path.Value!.EndsWith("/referentiel", StringComparison.Ordinal) => null,
        _ when path.StartsWithSegments("/api/v1/formations") || path.StartsWithSegments("/api/v1/etablissements") => Dependency.ReadModels,
        _ when path.StartsWithSegments("/openapi") => Dependency.None,
        _ => null,
    };

    private static async ValueTask<string> VersionAsync(Dependency dependency, HttpContext http, CancellationToken cancellationToken)
    {
        var versions = http.RequestServices.GetRequiredService<IPublicReadVersions>();
        return dependency switch
        {
            Dependency.ReadModels => (await versions.ReadModelsAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture),
            Dependency.Statistics => string.Join('.',
                (await versions.ReadModelsAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture),
                (await http.RequestServices.GetRequiredService<IPublicStatisticsVersion>().CurrentAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture)),
            Dependency.NearbyIndex => (await versions.NearbyIndexAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture),
            Dependency.OpenData => http.RequestServices.GetRequiredService<OpenDataExport>().ManifestWrittenAtUtc().Ticks.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
    }

    private sealed class Policy : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var request = context.HttpContext.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
                || request.Cookies.ContainsKey(AccountSession.CookieName)
                || request.Headers.Authorization.Count > 0
                || Of(request.Path) is not { } dependency)
            {
                return;
            }

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = true;
            context.AllowCacheStorage = true;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Expiry;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = "Accept";
            context.CacheVaryByRules.VaryByValues["version"] = await VersionAsync(dependency, context.HttpContext, cancellationToken);
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        /// <summary>Only a 200 that sets no cookie is stored (an anti-forgery or session cookie belongs to one visitor).</summary>
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
