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

    public static TestResult HostUsesModulesThroughRegistrationAndContracts(Conditions types) =>
        types.NotHaveDependencyOnAny(
        [
            "Microsoft.EntityFrameworkCore",
            .. Architecture.Modules.SelectMany(m => new[] { $"Sirius.{m}.Domain", $"Sirius.{m}.Application", $"Sirius.{m}.Infrastructure.Persistence" }),
        ]).GetResult();

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "" : string.Join(", ", result.FailingTypeNames ?? []);
}
