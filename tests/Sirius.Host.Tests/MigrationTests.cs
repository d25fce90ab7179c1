using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Statistics;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Migrations are written by hand, so each module's database built by its migrations must equal the one
/// EF builds from its model, on every provider.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string[] ModuleNames = ["establishments", "questionnaires", "testimonies"];

    public static TheoryData<string> Modules => new(ModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Migrations_build_the_same_PostgreSQL_schema_as_the_model(string module)
    {
        var server = await PostgresServer.SharedAsync();
        var migrated = await DescribeAsync(Postgres(await server.CreateDatabaseAsync()), module, fromModel: false);
        var modelled = await DescribeAsync(Postgres(await server.CreateDatabaseAsync()), module, fromModel: true);

        migrated.ShouldNotBeEmpty();
        migrated.ShouldBe(modelled);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Migrations_build_the_same_SQLite_schema_as_the_model(string module)
    {
        var migrated = await DescribeAsync(Sqlite(), module, fromModel: false);
        var modelled = await DescribeAsync(Sqlite(), module, fromModel: true);

        migrated.ShouldNotBeEmpty();
        migrated.ShouldBe(modelled);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void SQL_Server_DDL_is_generated_for_each_module_in_its_schema(string module)
    {
        using var services = Services(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=unused;Database=sirius;Trusted_Connection=True",
        });
        using var scope = services.CreateScope();
        var db = Module(scope, module);

        var script = db.GetService<IMigrator>().GenerateScript();

        script.ShouldContain($"CREATE SCHEMA [{module}]", Case.Sensitive);
        script.ShouldContain($"CREATE TABLE [{module}].[OutboxMessages]");
        script.ShouldContain($"[{module}].[__EFMigrationsHistory]");
        db.Database.GenerateCreateScript().ShouldContain($"CREATE TABLE [{module}].");
    }

    [Fact]
    public async Task On_PostgreSQL_the_platform_migrations_create_the_Quartz_tables_and_the_SQL_Server_script_has_them()
    {
        var migrated = await DescribePlatformAsync(Postgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync()), fromModel: false);
        migrated.ShouldContain(line => line.StartsWith("column qrtz_fired_triggers.entry_id ", StringComparison.Ordinal));
        migrated.ShouldContain(line => line.StartsWith("column qrtz_locks.lock_name ", StringComparison.Ordinal));

        using var services = Services(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=unused;Database=sirius;Trusted_Connection=True",
        });
        using var scope = services.CreateScope();
        var script = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().GetService<IMigrator>().GenerateScript();
        script.ShouldContain("CREATE TABLE [platform].[JobRuns]");
        script.ShouldContain("platform.qrtz_fired_triggers");
    }

    [Fact]
    public async Task Platform_migrations_build_the_same_schema_as_its_model_on_SQLite_and_PostgreSQL()
    {
        var server = await PostgresServer.SharedAsync();
        foreach (var settings in new Func<Task<Dictionary<string, string?>>>[]
                 {
                     () => Task.FromResult(Sqlite()),
                     async () => Postgres(await server.CreateDatabaseAsync()),
                 })
        {
            var migrated = await DescribePlatformAsync(await settings(), fromModel: false);
            var modelled = await DescribePlatformAsync(await settings(), fromModel: true);

            migrated.ShouldContain(line => line.StartsWith("column JobRuns.Outcome ", StringComparison.Ordinal));
            migrated.Where(line => !IsQuartzTable(line)).ShouldBe(modelled);
        }
    }

    [Fact]
    public async Task On_SQLite_each_module_has_its_own_file_with_its_own_outbox_and_history()
    {
        var settings = Sqlite();
        using var services = Services(settings);
        foreach (var module in ModuleNames)
        {
            using var scope = services.CreateScope();
            await Module(scope, module).Database.MigrateAsync();
        }

        var files = Directory.GetFiles(settings["Database:SqliteDirectory"]!, "*.db").Select(Path.GetFileName).Order();
        files.ShouldBe(["establishments.db", "questionnaires.db", "testimonies.db"]);
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ModuleMigrator>().MigrateAllAsync(CancellationToken.None);
        }

        Directory.GetFiles(settings["Database:SqliteDirectory"]!, "platform.db").ShouldHaveSingleItem();
        foreach (var module in ModuleNames)
        {
            using var scope = services.CreateScope();
            var tables = await DatabaseSchema.DescribeAsync(Module(scope, module));
            tables.ShouldContain(line => line.StartsWith("column OutboxMessages.Id ", StringComparison.Ordinal));
            (await Module(scope, module).Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Choices_saved_before_the_respondent_flag_get_it_once_per_response_and_question(string provider)
    {
        var settings = provider == "Sqlite" ? Sqlite() : Postgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = Module(scope, "questionnaires");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261204100000_AcademyAndRncpStatistics");
        var (first, second, campaign) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        (Guid Response, string Question, string Item, string Value)[] saved =
        [
            (first, "entreprise.echelle", "tuteur", "bien"), (first, "entreprise.echelle", "ambiance", "moyen"), (first, "formation.annee", "", "premiere"),
            (second, "entreprise.echelle", "tuteur", "mauvais"), (second, "cfa.atouts", "", "pratique"), (second, "cfa.atouts", "", "equipe"),
        ];
        var insert = "INSERT INTO " + (provider == "Sqlite" ? "\"ResponseChoices\"" : "questionnaires.\"ResponseChoices\"") +
                     " (\"ResponseId\", \"CampaignId\", \"QuestionKey\", \"ItemKey\", \"Value\") VALUES ({0}, {1}, {2}, {3}, {4})";
        // EF Core keeps GUIDs as upper-case text on SQLite.
        object Id(Guid id) => provider == "Sqlite" ? id.ToString().ToUpperInvariant() : id;
        foreach (var (response, question, item, value) in saved)
        {
            await db.Database.ExecuteSqlRawAsync(insert, Id(response), Id(campaign), question, item, value);
        }

        await migrator.MigrateAsync();

        var flagged = await db.Set<ResponseChoice>().AsNoTracking().Where(c => c.CountsRespondent)
            .Select(c => new { c.ResponseId, c.QuestionKey, c.ItemKey, c.Value }).ToListAsync();
        flagged.Select(c => (c.ResponseId, c.QuestionKey, c.ItemKey, c.Value)).OrderBy(c => c.ResponseId).ThenBy(c => c.QuestionKey).ShouldBe(
            new[] { (first, "entreprise.echelle", "ambiance", "moyen"), (first, "formation.annee", "", "premiere"), (second, "cfa.atouts", "", "equipe"), (second, "entreprise.echelle", "tuteur", "mauvais") }
                .OrderBy(c => c.Item1).ThenBy(c => c.Item2));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_public_response_tallies_start_from_the_campaigns_already_counted(string provider)
    {
        var settings = provider == "Sqlite" ? Sqlite() : Postgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = Module(scope, "questionnaires");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261205100000_RespondentChoices");
        (string Region, int Level, bool Deleted, DateOnly Day, int Responses)[] campaigns =
        [
            ("84", 3, false, new DateOnly(2026, 11, 3), 4), ("84", 4, false, new DateOnly(2026, 12, 1), 2),
            ("11", 3, false, new DateOnly(2026, 11, 30), 1), ("53", 5, true, new DateOnly(2026, 10, 2), 7), ("", 0, false, new DateOnly(2026, 12, 6), 1),
        ];
        foreach (var (region, level, deleted, day, responses) in campaigns)
        {
            var row = CampaignStatistics.Create(Guid.NewGuid(), Identifiers.NewSiret(), "f", "40025214", region, "", level);
            row.Schedule(day, day, 0, deleted);
            row.Responses = responses;
            db.Add(row);
            db.Add(DailyResponses.Create(row.CampaignId, day)).Entity.Responses = responses;
        }

        await db.SaveChangesAsync();
        await migrator.MigrateAsync();

        var tallies = await db.Set<PublicResponseTally>().AsNoTracking().ToListAsync();
        tallies.Select(t => (t.Dimension, t.Key, t.Responses)).OrderBy(t => t.Dimension).ThenBy(t => t.Key).ShouldBe(
        [
            ("level", "", 1), ("level", "3", 5), ("level", "4", 2),
            ("month", "2026-11", 5), ("month", "2026-12", 3),
            ("region", "", 1), ("region", "11", 1), ("region", "84", 6),
        ]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_public_testimony_tallies_start_from_the_verbatims_already_moderated(string provider)
    {
        var settings = provider == "Sqlite" ? Sqlite() : Postgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = Module(scope, "testimonies");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261207120000_PublicCounters");
        var received = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
        (VerbatimStatus? Decision, double Hours, string[] Themes)[] verbatims =
        [
            (VerbatimStatus.Validated, 5.5, ["Formateurs", "Ambiance"]), (VerbatimStatus.Gem, 30, ["Formateurs"]),
            (VerbatimStatus.Rejected, 0.2, ["Ambiance"]), (VerbatimStatus.Rejected, 5.9, []), (null, 0, ["Formateurs"]),
        ];
        foreach (var (decision, hours, themes) in verbatims)
        {
            var verbatim = Verbatim.Receive(Guid.NewGuid(), Guid.NewGuid(), "f", Identifiers.NewSiret(), "cfa.conseil", "Conseil", "Texte", "Texte", "[]", [], themes, received);
            if (decision is { } status)
            {
                verbatim.Decide(status, "Hors sujet", received.AddHours(hours)).IsSuccess.ShouldBeTrue();
            }

            db.Add(verbatim);
        }

        db.Add(ThemeTally.Create("f1", "Formateurs")).Entity.Count = 2;
        db.Add(ThemeTally.Create("f2", "Formateurs")).Entity.Count = 3;
        db.Add(ThemeTally.Create("f2", "Ambiance")).Entity.Count = 1;
        await db.SaveChangesAsync();
        await migrator.MigrateAsync();

        (await db.Set<PublicCounters>().AsNoTracking().SingleAsync()).RejectedTestimonies.ShouldBe(2);
        (await db.Set<NationalThemeTally>().AsNoTracking().OrderBy(t => t.Theme).Select(t => new { t.Theme, t.Count }).ToListAsync())
            .Select(t => (t.Theme, t.Count)).ShouldBe([("Ambiance", 1), ("Formateurs", 5)]);
        (await db.Set<ModerationDelayTally>().AsNoTracking().OrderBy(t => t.Hours).Select(t => new { t.Hours, t.Count }).ToListAsync())
            .Select(t => (t.Hours, t.Count)).ShouldBe([(0, 1), (5, 2), (30, 1)]);
    }

    // An account e-mail still pending at the upgrade: its event type moved namespace, and the one class that sent every
    // account e-mail became one handler per event.
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_event_pending_at_the_upgrade_is_delivered_under_the_new_names_and_not_twice(string provider)
    {
        var settings = provider == "Sqlite" ? Sqlite() : Postgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = Module(scope, "establishments");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261204100000_FormationAcademy");
        var at = new DateTime(2026, 12, 7, 21, 0, 0, DateTimeKind.Utc);
        var eventId = Guid.NewGuid();
        db.Add(new OutboxMessage { Id = eventId, Type = "Sirius.Establishments.Contracts.Accounts.AccountRegistered", Payload = "{}", OccurredAtUtc = at, NextAttemptAtUtc = at });
        db.Add(new InboxMessage { EventId = eventId, Handler = "Sirius.Establishments.Application.Accounts.AccountEmails", HandledAtUtc = at });
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();

        (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync()).Type.ShouldBe(EventTypeRegistry.KeyOf(typeof(AccountRegistered)));
        var handlers = await db.Set<InboxMessage>().AsNoTracking().Where(m => m.EventId == eventId).Select(m => m.Handler).ToListAsync();
        handlers.ShouldContain("Sirius.Establishments.Application.IntegrationEvents.OnAccountRegistered");
        var application = typeof(Sirius.Establishments.Infrastructure.EstablishmentsModule).Assembly.GetReferencedAssemblies()
            .Select(System.Reflection.Assembly.Load).Single(a => a.GetName().Name == "Sirius.Establishments.Application");
        handlers.ShouldAllBe(h => application.GetType(h) != null, "each new name is a handler's");
        handlers.ShouldNotContain("Sirius.Establishments.Application.Accounts.AccountEmails");
    }

    private static async Task<IReadOnlyList<string>> DescribeAsync(Dictionary<string, string?> settings, string module, bool fromModel)
    {
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = Module(scope, module);
        if (fromModel)
        {
            await db.Database.EnsureCreatedAsync();
        }
        else
        {
            await db.Database.MigrateAsync();
        }

        return await DatabaseSchema.DescribeAsync(db);
    }

    /// <summary>Quartz's job store tables are created by a migration from Quartz's own script, not from the model.</summary>
    private static bool IsQuartzTable(string line) => line.Split(' ')[1].StartsWith("qrtz_", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<string>> DescribePlatformAsync(Dictionary<string, string?> settings, bool fromModel)
    {
        using var services = Services(settings);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (fromModel)
        {
            await db.Database.EnsureCreatedAsync();
        }
        else
        {
            await db.Database.MigrateAsync();
        }

        return await DatabaseSchema.DescribeAsync(db, PlatformDbContext.SchemaName);
    }

    private static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
    };

    private static Dictionary<string, string?> Sqlite() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteDirectory"] = Path.Combine(Path.GetTempPath(), "sirius-schema-" + Guid.NewGuid().ToString("N")[..12]),
    };

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSiriusPlatform(configuration).AddModules(configuration).BuildServiceProvider();
    }

    private static ModuleDbContext Module(IServiceScope scope, string module) =>
        scope.ServiceProvider.GetServices<ModuleInfo>().Single(m => m.Name == module).Resolve(scope.ServiceProvider);
}
