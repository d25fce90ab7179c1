using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sirius.Testing;

/// <summary>
/// One way to call a route of the host: a Razor page handler (named or not) or a minimal API endpoint, with the
/// names of its route parameters and of the other values it binds (query, form, bound properties).
/// </summary>
public sealed record RouteCall(string Pattern, string Method, string? Handler, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> OtherParameters)
{
    public override string ToString() => $"{Method} {Pattern}{(Handler is null ? "" : "?handler=" + Handler)}";
}

/// <summary>Every route of the host read from its routing table (the EndpointDataSource), as the router sees them.</summary>
public static class RouteTable
{
    public static async Task<IReadOnlyList<RouteCall>> CallsAsync(this SiriusHost host)
    {
        var services = host.Services;
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var calls = new List<RouteCall>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var properties = compiled.BoundProperties.Select(p => p.BindingInfo?.BinderModelName ?? p.Name).ToList();
                if (compiled.HandlerMethods.Count == 0)
                {
                    calls.Add(new RouteCall(pattern, HttpMethods.Get, null, routeParameters, properties));
                }

                foreach (var handler in compiled.HandlerMethods)
                {
                    var parameters = handler.Parameters.Where(p => !IsInfrastructure(p.ParameterType, isService)).Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
                        .Where(p => !routeParameters.Contains(p, StringComparer.OrdinalIgnoreCase))
                        .Concat(properties.Where(p => !routeParameters.Contains(p, StringComparer.OrdinalIgnoreCase)))
                        .Distinct().ToList();
                    calls.Add(new RouteCall(pattern, handler.HttpMethod.ToUpperInvariant(), handler.Name, routeParameters, parameters));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            var bound = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Where(p => !IsInfrastructure(p.ParameterType, isService) && !routeParameters.Contains(p.Name!, StringComparer.OrdinalIgnoreCase))
                .Select(p => p.GetCustomAttributes().OfType<Microsoft.AspNetCore.Http.Metadata.IFromQueryMetadata>().FirstOrDefault()?.Name ?? p.Name!)
                .ToList() ?? [];
            calls.AddRange(methods.Select(m => new RouteCall(pattern, m, null, routeParameters, bound)));
        }

        return [.. calls.OrderBy(c => c.Pattern, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ThenBy(c => c.Handler, StringComparer.Ordinal)];
    }

    private static bool IsInfrastructure(Type type, IServiceProviderIsService isService) =>
        type == typeof(HttpContext) || type == typeof(CancellationToken) || type == typeof(HttpRequest) || type == typeof(HttpResponse)
        || isService.IsService(type);
}
