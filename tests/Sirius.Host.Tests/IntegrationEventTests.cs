using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Application;
using Sirius.Testimonies.Application;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// EstablishmentRegistered, published by Establishments, is recorded by Questionnaires and Testimonies:
/// once, after a crash, despite a failing subscriber, and with two dispatchers on one PostgreSQL database.
/// </summary>
public sealed class IntegrationEventTests
{
    private static readonly Dictionary<string, string?> ManualDispatch = new() { ["Outbox:AutoDispatch"] = "false" };

    [Fact]
    public async Task Registered_establishment_reaches_both_other_modules_once_even_if_delivered_again()
    {
        await using var host = await SiriusHost.OnPostgresAsync();
        var command = Commands.NewEstablishment();

        (await host.SendAsync(command)).IsSuccess.ShouldBeTrue();
        await Eventually.HoldsAsync(() => RecordedByBothAsync(host, command.Siret), "both modules record the establishment");

        var eventId = await ReplayAllEventsAsync(host);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default);
        await Eventually.HoldsAsync(async () => await PendingAsync(host) == 0, "the replayed event is processed again");

        (await CountAsync(host, "questionnaires", command.Siret)).ShouldBe(1);
        (await CountAsync(host, "testimonies", command.Siret)).ShouldBe(1);
        (await InboxAsync(host, "questionnaires", eventId)).ShouldBe(1);
        (await InboxAsync(host, "testimonies", eventId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart()
    {
        var command = Commands.NewEstablishment();
        var before = await SiriusHost.OnPostgresAsync(ManualDispatch);
        (await before.SendAsync(command)).IsSuccess.ShouldBeTrue();
        (await PendingAsync(before)).ShouldBe(1);
        (await RecordedByBothAsync(before, command.Siret)).ShouldBeFalse();
        await before.DisposeAsync();

        await using var after = before.Sibling();
        _ = after.Services;

        await Eventually.HoldsAsync(() => RecordedByBothAsync(after, command.Siret), "the restarted host delivers the pending event");
        await Eventually.HoldsAsync(async () => await PendingAsync(after) == 0, "the outbox row is marked processed");
    }

    [Fact]
    public async Task A_failing_subscriber_is_retried_later_and_does_not_block_other_events()
    {
        var failing = Commands.NewEstablishment();
        var healthy = Commands.NewEstablishment();
        FailsOnce.Siret = failing.Siret;
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await SiriusHost.OnPostgresAsync(
            new Dictionary<string, string?>(ManualDispatch) { ["Outbox:FirstRetryDelay"] = "00:00:30" },
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddIntegrationEventHandler(
                    typeof(EstablishmentRegistered), typeof(FailsOnce), typeof(Questionnaires.Infrastructure.Persistence.QuestionnairesDbContext));
            });
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        await host.SendAsync(failing);
        await host.SendAsync(healthy);

        (await dispatcher.DispatchPendingAsync(default)).ShouldBe(1);

        (await RecordedByBothAsync(host, healthy.Siret)).ShouldBeTrue();
        var row = await OutboxRowAsync(host, failing.Siret);
        row.ProcessedAtUtc.ShouldBeNull();
        row.Attempts.ShouldBe(1);
        row.LastError!.ShouldContain("subscriber down");
        (await dispatcher.DispatchPendingAsync(default)).ShouldBe(0, "the retry waits for its delay");

        clock.Advance(TimeSpan.FromSeconds(31));
        (await dispatcher.DispatchPendingAsync(default)).ShouldBe(1);

        (await RecordedByBothAsync(host, failing.Siret)).ShouldBeTrue();
        (await OutboxRowAsync(host, failing.Siret)).Attempts.ShouldBe(2);
        (await CountAsync(host, "questionnaires", failing.Siret)).ShouldBe(1);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_PostgreSQL_database_deliver_each_event_once()
    {
        await using var first = await SiriusHost.OnPostgresAsync(
            ManualDispatch, services => services.AddIntegrationEventHandler(
                typeof(EstablishmentRegistered), typeof(CountsDeliveries), typeof(Testimonies.Infrastructure.Persistence.TestimoniesDbContext)));
        await using var second = first.Sibling(
            ManualDispatch, services => services.AddIntegrationEventHandler(
                typeof(EstablishmentRegistered), typeof(CountsDeliveries), typeof(Testimonies.Infrastructure.Persistence.TestimoniesDbContext)));
        var sirets = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            var command = Commands.NewEstablishment();
            sirets.Add(command.Siret);
            await first.SendAsync(command);
        }

        var dispatchers = new[] { first, second }.Select(h => h.Services.GetRequiredService<OutboxDispatcher>()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => dispatchers[i % 2].DispatchPendingAsync(default))));

        (await PendingAsync(first)).ShouldBe(0);
        sirets.Select(s => CountsDeliveries.Deliveries.GetValueOrDefault(s)).ShouldAllBe(count => count == 1);
        foreach (var siret in sirets)
        {
            (await CountAsync(first, "questionnaires", siret)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Two_hosts_dispatching_on_their_own_deliver_each_event_once_to_each_subscriber()
    {
        var automatic = new Dictionary<string, string?> { ["Outbox:AutoDispatch"] = "true", ["Outbox:PollInterval"] = "00:00:01" };
        void Counting(Microsoft.Extensions.DependencyInjection.IServiceCollection services) => services.AddIntegrationEventHandler(
            typeof(EstablishmentRegistered), typeof(CountsDeliveries), typeof(Testimonies.Infrastructure.Persistence.TestimoniesDbContext));
        await using var first = await SiriusHost.OnPostgresAsync(automatic, Counting);
        await using var second = first.Sibling(automatic, Counting);
        var hosts = new[] { first, second };
        var commands = Enumerable.Range(0, 80).Select(_ => Commands.NewEstablishment()).ToList();

        for (var i = 0; i < commands.Count; i++)
        {
            (await hosts[i % 2].SendAsync(commands[i])).IsSuccess.ShouldBeTrue();
        }

        await Eventually.HoldsAsync(async () => await PendingAsync(first) == 0, "both dispatchers drain the outbox", TimeSpan.FromSeconds(60));
        commands.Select(c => CountsDeliveries.Deliveries.GetValueOrDefault(c.Siret)).ShouldAllBe(count => count == 1);
        foreach (var command in commands)
        {
            (await CountAsync(second, "questionnaires", command.Siret)).ShouldBe(1);
            (await CountAsync(second, "testimonies", command.Siret)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Events_committed_on_this_instance_are_handled_long_before_the_poll()
    {
        // The poll comes every 10 minutes: only the commit's wake-up can deliver within the 30 s allowed.
        var slowPoll = new Dictionary<string, string?> { ["Outbox:AutoDispatch"] = "true", ["Outbox:PollInterval"] = "00:10:00" };
        await using var host = await SiriusHost.OnPostgresAsync(slowPoll);
        var command = Commands.NewEstablishment();
        (await host.SendAsync(command)).IsSuccess.ShouldBeTrue();
        await Eventually.HoldsAsync(() => RecordedByBothAsync(host, command.Siret), "a command's event is handled", TimeSpan.FromSeconds(30));

        // Saved outside the command pipeline, as a batch handler does: by itself, then in a transaction committed later.
        var bySave = Registered();
        var inTransaction = Registered();
        await using (var scope = host.Scope())
        {
            var db = Module(scope, "establishments");
            db.Publish(bySave);
            await db.SaveChangesAsync();
            await Eventually.HoldsAsync(() => RecordedByBothAsync(host, bySave.Siret), "a batch save's event is handled", TimeSpan.FromSeconds(30));

            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Publish(inTransaction);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await Eventually.HoldsAsync(() => RecordedByBothAsync(host, inTransaction.Siret), "a committed transaction's event is handled", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(async () => await PendingAsync(host) == 0, "every outbox row is marked processed", TimeSpan.FromSeconds(30));
    }

    private static EstablishmentRegistered Registered() =>
        new(Guid.CreateVersion7(), DateTime.UtcNow, Guid.CreateVersion7(), Identifiers.NewSiret(), null, "CFA des Métiers de Savoie",
            "Chambéry", "73065", "73", "84", null, null, null);

    private static async Task<bool> RecordedByBothAsync(SiriusHost host, string siret) =>
        await CountAsync(host, "questionnaires", siret) == 1 && await CountAsync(host, "testimonies", siret) == 1;

    private static async Task<int> CountAsync(SiriusHost host, string module, string siret)
    {
        await using var scope = host.Scope();
        return module == "questionnaires"
            ? await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Establishments.CountAsync(e => e.Siret == siret)
            : await scope.ServiceProvider.GetRequiredService<ITestimoniesDb>().Establishments.CountAsync(e => e.Siret == siret);
    }

    private static async Task<int> InboxAsync(SiriusHost host, string module, Guid eventId)
    {
        await using var scope = host.Scope();
        return await Module(scope, module).InboxMessages.CountAsync(i => i.EventId == eventId);
    }

    private static async Task<int> PendingAsync(SiriusHost host)
    {
        await using var scope = host.Scope();
        return await Module(scope, "establishments").OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null);
    }

    private static async Task<OutboxMessage> OutboxRowAsync(SiriusHost host, string siret)
    {
        await using var scope = host.Scope();
        return await Module(scope, "establishments").OutboxMessages.AsNoTracking().SingleAsync(m => m.Payload.Contains(siret));
    }

    private static async Task<Guid> ReplayAllEventsAsync(SiriusHost host)
    {
        await using var scope = host.Scope();
        var outbox = Module(scope, "establishments").OutboxMessages;
        await outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null));
        return await outbox.Select(m => m.Id).SingleAsync();
    }

    private static Sirius.BuildingBlocks.Infrastructure.Database.ModuleDbContext Module(AsyncServiceScope scope, string module) =>
        scope.ServiceProvider.GetServices<ModuleInfo>().Single(m => m.Name == module).Resolve(scope.ServiceProvider);

    /// <summary>Fails the first delivery of one establishment's event, as a subscriber whose dependency is down.</summary>
    internal sealed class FailsOnce : IIntegrationEventHandler<EstablishmentRegistered>
    {
        private static int _failures;

        public static string? Siret { get; set; }

        public Task Handle(EstablishmentRegistered integrationEvent, CancellationToken cancellationToken) =>
            integrationEvent.Siret == Siret && Interlocked.Increment(ref _failures) == 1
                ? throw new InvalidOperationException("subscriber down")
                : Task.CompletedTask;
    }

    /// <summary>Counts how many times each establishment's event was handled, across both hosts of the process.</summary>
    internal sealed class CountsDeliveries : IIntegrationEventHandler<EstablishmentRegistered>
    {
        public static ConcurrentDictionary<string, int> Deliveries { get; } = new();

        public Task Handle(EstablishmentRegistered integrationEvent, CancellationToken cancellationToken)
        {
            Deliveries.AddOrUpdate(integrationEvent.Siret, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
