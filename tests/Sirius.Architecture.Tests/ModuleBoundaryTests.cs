using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Host;
using Xunit;

namespace Sirius.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => new(Architecture.Modules);

    [Fact]
    public void Projects_reference_only_their_inner_layers_the_building_blocks_and_other_modules_contracts()
    {
        var references = Architecture.ProjectReferences();

        references.Count.ShouldBeGreaterThan(20, "the rule must see the solution's project references");
        ProjectReferenceRule.Violations(references).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_depends_on_no_application_infrastructure_persistence_or_other_module(string module)
    {
        var result = DependencyRules.DomainIsPure(Types.InAssembly(Architecture.Layer(module, "Domain")).Should(), module);

        result.IsSuccessful.ShouldBeTrue(DependencyRules.Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_depends_on_no_infrastructure_nor_other_module_internals(string module)
    {
        var result = DependencyRules.ApplicationKnowsNoInfrastructure(Types.InAssembly(Architecture.Layer(module, "Application")).Should(), module);

        result.IsSuccessful.ShouldBeTrue(DependencyRules.Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_depend_on_building_block_abstractions_only(string module)
    {
        var result = DependencyRules.ContractsAreAbstractionsOnly(Types.InAssembly(Architecture.Layer(module, "Contracts")).Should(), module);

        result.IsSuccessful.ShouldBeTrue(DependencyRules.Describe(result));
    }

    [Fact]
    public void Host_reaches_modules_only_through_their_registration_and_contracts()
    {
        var result = DependencyRules.HostUsesModulesThroughRegistrationAndContracts(Types.InAssembly(Architecture.Host).Should());

        result.IsSuccessful.ShouldBeTrue(DependencyRules.Describe(result));
    }

    [Fact]
    public void Host_IL_names_no_EF_Core_type()
    {
        PersistenceFreeRule.Violations(Architecture.Host.Location).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_are_named_after_their_request_or_event_in_a_file_of_that_name(string module)
    {
        var types = Architecture.Layer(module, "Application").GetTypes();
        var source = Path.Combine(Architecture.RepositoryRoot, "src", "Modules", module, $"Sirius.{module}.Application");

        NamingRule.Violations(types, source).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_reads_another_module_through_its_queries_and_events_never_sends_its_commands(string module)
    {
        var types = Types.InAssemblies([Architecture.Layer(module, "Application"), Architecture.Layer(module, "Infrastructure")]).Should();

        var result = DependencyRules.SendsNoCommandOf(types, Architecture.OtherModules(module));

        result.IsSuccessful.ShouldBeTrue(DependencyRules.Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_and_validators_are_internal_sealed(string module)
    {
        var types = Architecture.Layer(module, "Application").GetTypes();

        types.Length.ShouldBeGreaterThan(0);
        HandlerVisibilityRule.Violations(types).ShouldBeEmpty();
    }

    [Fact]
    public void Every_module_DbContext_maps_only_its_own_schema()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = "Host=unused;Database=unused",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddSiriusPlatform(configuration).AddModules(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();

        var modules = scope.ServiceProvider.GetServices<ModuleInfo>().ToList();

        modules.Count.ShouldBe(Architecture.Modules.Length);
        modules.SelectMany(m => SchemaRule.Violations(m.Resolve(scope.ServiceProvider))).ShouldBeEmpty();
    }
}
