using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Host;

namespace Sirius.Architecture.Tests;

/// <summary>
/// Every mediator request carries exactly one authorization decision (ADR 0035): it acts for a person
/// (<see cref="IRequireActor"/>) and the container holds an <see cref="IAuthorizer{TRequest}"/> for it, or it is
/// deliberately <see cref="IPublicRequest"/> or <see cref="ISystemRequest"/>.
/// </summary>
internal static class AuthorizationRule
{
    private static readonly Type[] Decisions = [typeof(IRequireActor), typeof(IPublicRequest), typeof(ISystemRequest)];

    /// <summary>The mediator requests declared in the assemblies, public or not.</summary>
    public static IEnumerable<Type> Requests(IEnumerable<Type> types) =>
        types.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IBaseRequest).IsAssignableFrom(t));

    /// <summary>The requests with no decision, with more than one, or acting for a person without an authorizer in <paramref name="services"/>.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<Type> requests, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return requests
            .Where(request => Decisions.Count(d => d.IsAssignableFrom(request)) != 1
                || (typeof(IRequireActor).IsAssignableFrom(request) && !HasAuthorizer(scope.ServiceProvider, request)))
            .Select(request => request.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The application's container as the host builds it (the database is never reached).</summary>
    public static ServiceProvider HostServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = "Host=unused;Database=unused",
        }).Build();
        return new ServiceCollection().AddLogging().AddSiriusPlatform(configuration).AddModules(configuration).BuildServiceProvider();
    }

    private static bool HasAuthorizer(IServiceProvider services, Type request) =>
        services.GetServices(typeof(IAuthorizer<>).MakeGenericType(request)).Any();
}
