using Shouldly;
using Xunit;

namespace Sirius.Architecture.Tests;

/// <summary>No request of a module can be sent for a person without the pipeline authorizing it first (ADR 0035).</summary>
public sealed class AuthorizationTests
{
    [Fact]
    public void Every_request_is_authorized_in_the_pipeline_or_declared_public_or_system()
    {
        var requests = Architecture.Modules
            .SelectMany(m => new[] { Architecture.Layer(m, "Contracts"), Architecture.Layer(m, "Application") })
            .SelectMany(a => AuthorizationRule.Requests(a.GetTypes()))
            .ToList();
        using var services = AuthorizationRule.HostServices();

        requests.Count.ShouldBeGreaterThan(50, "the rule must see the modules' requests");
        var violations = AuthorizationRule.Violations(requests, services);

        violations.ShouldBeEmpty("each request needs exactly one of IRequireActor (with an authorizer), IPublicRequest, ISystemRequest");
    }
}
