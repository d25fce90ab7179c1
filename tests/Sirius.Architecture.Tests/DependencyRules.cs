using NetArchTest.Rules;

namespace Sirius.Architecture.Tests;

/// <summary>What the compiled types of each layer may depend on, checked on their IL with NetArchTest.</summary>
internal static class DependencyRules
{
    private static readonly string[] Persistence = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data"];
    private static readonly string[] DatabaseDrivers = ["Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient"];

    public static TestResult DomainIsPure(Conditions types, string module) =>
        types.NotHaveDependencyOnAny(
        [
            .. Persistence, "Microsoft.AspNetCore", "MediatR", "FluentValidation", "Sirius.BuildingBlocks.Infrastructure",
            $"Sirius.{module}.Application", $"Sirius.{module}.Infrastructure", $"Sirius.{module}.Contracts",
            .. Architecture.OtherModules(module).Select(m => $"Sirius.{m}"),
        ]).GetResult();

    public static TestResult ApplicationKnowsNoInfrastructure(Conditions types, string module) =>
        types.NotHaveDependencyOnAny(
        [
            .. DatabaseDrivers, "Microsoft.AspNetCore", "Sirius.BuildingBlocks.Infrastructure", $"Sirius.{module}.Infrastructure",
            .. Architecture.OtherModules(module).SelectMany(m => new[] { $"Sirius.{m}.Domain", $"Sirius.{m}.Application", $"Sirius.{m}.Infrastructure" }),
        ]).GetResult();

    public static TestResult ContractsAreAbstractionsOnly(Conditions types, string module) =>
        types.NotHaveDependencyOnAny(
        [
            .. Persistence, "Microsoft.AspNetCore", "FluentValidation", "Sirius.BuildingBlocks.Infrastructure",
            $"Sirius.{module}.Domain", $"Sirius.{module}.Application", $"Sirius.{module}.Infrastructure",
            .. Architecture.OtherModules(module).Select(m => $"Sirius.{m}"),
        ]).GetResult();

    /// <summary>
    /// A module may read another module's queries (Get…, List…, Find…, Search…) and subscribe to its integration
    /// events; sending its commands would make one module act inside another.
    /// </summary>
    public static TestResult SendsNoCommandOf(Conditions types, IEnumerable<string> otherModules) =>
        types.NotHaveDependencyOnAny([.. otherModules.SelectMany(m => Commands(Architecture.Layer(m, "Contracts")))]).GetResult();

    private static readonly string[] QueryVerbs = ["Get", "List", "Find", "Search"];

    /// <summary>The requests of a Contracts assembly that are not queries.</summary>
    public static IEnumerable<string> Commands(System.Reflection.Assembly contracts) =>
        contracts.GetExportedTypes()
            .Where(t => typeof(MediatR.IBaseRequest).IsAssignableFrom(t) && !t.IsInterface)
            .Where(t => !QueryVerbs.Any(verb => t.Name.StartsWith(verb, StringComparison.Ordinal)))
            .Select(t => t.FullName!);

    public static TestResult HostUsesModulesThroughRegistrationAndContracts(Conditions types) =>
        types.NotHaveDependencyOnAny(
        [
            "Microsoft.EntityFrameworkCore",
            .. Architecture.Modules.SelectMany(m => new[] { $"Sirius.{m}.Domain", $"Sirius.{m}.Application", $"Sirius.{m}.Infrastructure.Persistence" }),
        ]).GetResult();

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "" : string.Join(", ", result.FailingTypeNames ?? []);
}
