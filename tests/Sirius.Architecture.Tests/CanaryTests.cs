using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Shouldly;
using Sirius.Architecture.Tests.Canaries.Schema;
using Xunit;

namespace Sirius.Architecture.Tests;

/// <summary>Each architecture rule, fed a deliberate violation, must report it: a rule that cannot fail proves nothing.</summary>
public sealed class CanaryTests
{
    private const string Canaries = "Sirius.Architecture.Tests.Canaries";

    [Theory]
    [InlineData("Sirius.Questionnaires.Application", "Sirius.Testimonies.Domain")]
    [InlineData("Sirius.Questionnaires.Application", "Sirius.Questionnaires.Infrastructure")]
    [InlineData("Sirius.Testimonies.Domain", "Sirius.BuildingBlocks.Infrastructure")]
    [InlineData("Sirius.Testimonies.Contracts", "Sirius.Testimonies.Domain")]
    [InlineData("Sirius.Establishments.Infrastructure", "Sirius.Testimonies.Application")]
    [InlineData("Sirius.Host", "Sirius.Questionnaires.Application")]
    [InlineData("Sirius.BuildingBlocks", "Sirius.Establishments.Contracts")]
    public void Project_reference_rule_reports_a_forbidden_reference(string from, string to)
    {
        var allowed = Architecture.ProjectReferences();

        ProjectReferenceRule.Violations([.. allowed, (from, to)]).ShouldBe([$"{from} -> {to}"]);
    }

    [Fact]
    public void Domain_rule_reports_EF_and_another_module()
    {
        var result = DependencyRules.DomainIsPure(Select("Domain"), "Questionnaires");

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [$"{Canaries}.Domain.EntityThatKnowsAnotherModule", $"{Canaries}.Domain.EntityThatKnowsEf"], ignoreOrder: true);
    }

    [Fact]
    public void Application_rule_reports_infrastructure_and_another_module_domain()
    {
        var result = DependencyRules.ApplicationKnowsNoInfrastructure(Select("Application"), "Questionnaires");

        result.FailingTypeNames.ShouldBe(
            [$"{Canaries}.Application.HandlerThatKnowsAnotherModuleDomain", $"{Canaries}.Application.HandlerThatKnowsInfrastructure"], ignoreOrder: true);
    }

    [Fact]
    public void Contracts_rule_reports_an_event_carrying_a_domain_type()
    {
        var result = DependencyRules.ContractsAreAbstractionsOnly(Select("Contracts"), "Questionnaires");

        result.FailingTypeNames.ShouldBe([$"{Canaries}.Contracts.EventCarryingAnEntity"]);
    }

    [Fact]
    public void Host_rule_reports_a_page_reading_a_module_DbContext()
    {
        var result = DependencyRules.HostUsesModulesThroughRegistrationAndContracts(Select("Host"));

        result.FailingTypeNames.ShouldBe([$"{Canaries}.Host.PageThatReadsATable"]);
    }

    [Fact]
    public void Host_IL_rule_reports_each_use_of_EF_Core_and_nothing_else()
    {
        var violations = PersistenceFreeRule.Violations(typeof(CanaryTests).Assembly.Location, t => t.Namespace == $"{Canaries}.IlPersistence");

        violations.Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Distinct().ShouldBe(
        [
            $"{Canaries}.IlPersistence.CallsAnEfExtension", $"{Canaries}.IlPersistence.CatchesAConcurrencyConflict", $"{Canaries}.IlPersistence.DerivesFromAnEfException",
            $"{Canaries}.IlPersistence.HoldsAContextInAField", $"{Canaries}.IlPersistence.KeepsContextsInALocal", $"{Canaries}.IlPersistence.TakesOptionsInASignature",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Naming_rule_reports_a_misnamed_handler_a_handler_outside_IntegrationEvents_and_a_handler_in_another_file()
    {
        var types = typeof(CanaryTests).Assembly.GetTypes().Where(t => t.Namespace == $"{Canaries}.Naming");
        var source = Path.Combine(Architecture.RepositoryRoot, "tests", "Sirius.Architecture.Tests", "Canaries");

        NamingRule.Violations(types, source).Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(
            [$"{Canaries}.Naming.ReceiveCanaryEvent", $"{Canaries}.Naming.OnCanaryEvent", $"{Canaries}.Naming.CanaryQueries", $"{Canaries}.Naming.MisplacedRequestHandler"],
            ignoreOrder: true);
    }

    [Fact]
    public void Command_rule_reports_a_module_sending_another_modules_command()
    {
        DependencyRules.Commands(Architecture.Layer("Establishments", "Contracts")).ShouldContain("Sirius.Establishments.Contracts.RegisterEstablishment");
        DependencyRules.Commands(Architecture.Layer("Establishments", "Contracts")).ShouldNotContain("Sirius.Establishments.Contracts.GetActorScope");

        var result = DependencyRules.SendsNoCommandOf(Select("Commands"), ["Establishments"]);

        result.FailingTypeNames.ShouldBe([$"{Canaries}.Commands.SendsAnotherModulesCommand"]);
    }

    [Fact]
    public void Visibility_rule_reports_a_public_handler_and_an_unsealed_validator()
    {
        var types = typeof(CanaryTests).Assembly.GetTypes().Where(t => t.Namespace == $"{Canaries}.Application");

        HandlerVisibilityRule.Violations(types).ShouldBe(
            [$"{Canaries}.Application.PublicHandler", $"{Canaries}.Application.UnsealedValidator"], ignoreOrder: true);
    }

    [Fact]
    public void Authorization_rule_reports_requests_without_exactly_one_decision_or_without_an_authorizer()
    {
        var requests = AuthorizationRule.Requests(typeof(CanaryTests).Assembly.GetTypes().Where(t => t.Namespace == $"{Canaries}.Authorization"));
        using var services = AuthorizationRule.HostServices();

        AuthorizationRule.Violations(requests, services).ShouldBe(
        [
            $"{Canaries}.Authorization.CommandForAPersonWithoutAuthorizer",
            $"{Canaries}.Authorization.QueryBothPublicAndForAPerson",
            $"{Canaries}.Authorization.QueryWithNoDecision",
        ]);
    }

    [Fact]
    public void Schema_rule_reports_a_table_mapped_in_another_module_schema()
    {
        var options = new DbContextOptionsBuilder<ContextThatMapsAnotherSchema>().UseNpgsql("Host=unused").Options;
        using var db = new ContextThatMapsAnotherSchema(options);

        SchemaRule.Violations(db).ShouldHaveSingleItem().ShouldContain("testimonies.Stray");
    }

    private static Conditions Select(string canaryNamespace) =>
        Types.InAssembly(typeof(CanaryTests).Assembly).That().ResideInNamespace($"{Canaries}.{canaryNamespace}").Should();
}
