using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Every public page of the routing table carries the security headers; only the widget may be framed.</summary>
public sealed class SecurityHeaderTests : SqliteHostTests
{
    [Fact]
    public async Task Every_public_page_forbids_inline_script_sniffing_and_framing()
    {
        var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var establishment = await Host.EstablishmentAsync();
        var pages = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Select(p => p.Replace("{subject:regex(^(formation|etablissement)$)}/{code}", "etablissement/" + establishment, StringComparison.Ordinal))
            .Where(p => !p.Contains('{', StringComparison.Ordinal) || p.StartsWith("/q/", StringComparison.Ordinal))
            .Select(p => p.Replace("{token}", "inconnu", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        pages.Count.ShouldBeGreaterThan(10);

        foreach (var page in pages)
        {
            var response = await client.BrowseAsync(page);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.ShouldContain("script-src 'self'", customMessage: page);
            csp.ShouldNotContain("unsafe-inline", customMessage: page);
            csp.ShouldContain("object-src 'none'", customMessage: page);
            csp.ShouldContain(page.StartsWith("/widget/", StringComparison.Ordinal) ? "frame-ancestors *" : "frame-ancestors 'none'", customMessage: page);
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", page);
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", page);
        }
    }
}
