using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sirius.Host.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR); nothing is trusted by default. Behind a TLS-terminating
/// proxy this is what makes cookies Secure, sends HSTS and gives each visitor its own rate-limit bucket.
/// </summary>
internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? [])
            .Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw Invalid(p)).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            .Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network : throw Invalid(n)).ToList();
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
    }

    private static InvalidOperationException Invalid(string text) =>
        new($"ForwardedHeaders: '{text}' is not an IP address or a network in CIDR notation.");
}
