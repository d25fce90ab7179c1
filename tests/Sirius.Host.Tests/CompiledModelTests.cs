using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.Establishments.Infrastructure.Persistence;
using Sirius.Questionnaires.Infrastructure.Persistence;
using Sirius.Testimonies.Infrastructure.Persistence;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The compiled models the host starts with (ADR 16) must be the model its mappings describe: a mapping changed
/// without running <c>scripts/compiled-models.sh</c> fails here, naming what differs.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<Type, DatabaseProvider> Contexts => new()
    {
        { typeof(PlatformDbContext), DatabaseProvider.Sqlite },
        { typeof(PlatformDbContext), DatabaseProvider.Postgres },
        { typeof(EstablishmentsDbContext), DatabaseProvider.Sqlite },
        { typeof(EstablishmentsDbContext), DatabaseProvider.Postgres },
        { typeof(QuestionnairesDbContext), DatabaseProvider.Sqlite },
        { typeof(QuestionnairesDbContext), DatabaseProvider.Postgres },
        { typeof(TestimoniesDbContext), DatabaseProvider.Sqlite },
        { typeof(TestimoniesDbContext), DatabaseProvider.Postgres },
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_compiled_model_equals_the_model_built_from_the_mappings(Type contextType, DatabaseProvider provider)
    {
        ModuleDatabase.CompiledModel(contextType, provider).ShouldNotBeNull($"no compiled model for {contextType.Name} on {provider}: run scripts/compiled-models.sh");
        using var host = Context(contextType, provider, compiledModel: true);
        var compiled = host.Model;
        using var context = Context(contextType, provider, compiledModel: false);
        var built = context.GetService<IDesignTimeModel>().Model;

        Describe(compiled).ShouldBe(Describe(built), $"{contextType.Name} on {provider}: run scripts/compiled-models.sh");
    }

    [Fact]
    public void SQL_Server_has_no_compiled_model_and_builds_its_own() =>
        ModuleDatabase.CompiledModel(typeof(QuestionnairesDbContext), DatabaseProvider.SqlServer).ShouldBeNull();

    /// <summary>A context configured as the host does (compiled model), or with the model built from its mappings.</summary>
    private static DbContext Context(Type contextType, DatabaseProvider provider, bool compiledModel)
    {
        var options = new DbContextOptionsBuilder(
            (DbContextOptions)Activator.CreateInstance(typeof(DbContextOptions<>).MakeGenericType(contextType))!);
        ModuleDatabase.Configure(
            options,
            new DatabaseOptions
            {
                Provider = provider,
                ConnectionString = "Host=unused;Database=sirius",
                SqliteDirectory = Path.GetTempPath(),
            },
            "model",
            "model");
        if (compiledModel)
        {
            ModuleDatabase.UseCompiledModel(options, contextType, provider);
        }

        return (DbContext)Activator.CreateInstance(contextType, options.Options)!;
    }

    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
            new[] { $"{entity.Name} table {entity.GetSchema()}.{entity.GetTableName()} key {string.Join(",", entity.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? [])}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"{entity.Name}.{p.Name} {p.ClrType.Name} null={p.IsNullable} column={p.GetColumnName()} store={p.GetColumnType()} length={p.GetMaxLength()} "
                    + $"converter={p.GetTypeMapping().Converter?.GetType().Name} concurrency={p.IsConcurrencyToken} generated={p.ValueGenerated}"))
                .Concat(entity.GetNavigations().Select(n => $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name}"))
                .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} unique={i.IsUnique} filter={i.GetFilter()}"))
                .Concat(entity.GetForeignKeys().Select(k =>
                    $"{entity.Name} foreign key ({string.Join(",", k.Properties.Select(p => p.Name))}) -> {k.PrincipalEntityType.Name} {k.DeleteBehavior} unique={k.IsUnique}"))
                .Concat(entity.GetDeclaredQueryFilters().Select(f => $"{entity.Name} filter {f.Key} {f.Expression}")))
            .Concat(model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t =>
                t.Columns.Select(c => $"column {t.Schema}.{t.Name}.{c.Name} {c.StoreType} null={c.IsNullable}")))
            .ToList();
}
