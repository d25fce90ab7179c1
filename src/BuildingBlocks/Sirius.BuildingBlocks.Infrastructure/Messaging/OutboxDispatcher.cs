using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Delivers outbox rows to every subscriber. Rows are claimed atomically (a conditional UPDATE with a lease),
/// so several host instances never work on the same row at once; each subscriber's inbox makes a second
/// delivery a no-op. A failing row is retried later with a growing delay and never holds back the others.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    ModuleCatalog modules,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    EventTypeRegistry eventTypes,
    DispatcherHeartbeat heartbeat,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly ILookup<string, IntegrationEventSubscription> _subscribers =
        subscriptions.ToLookup(s => EventTypeRegistry.KeyOf(s.EventType));

    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Delivers every due row of every module; returns how many rows were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var delivered = 0;
            foreach (var module in modules.All)
            {
                delivered += await DispatchModuleAsync(module, cancellationToken);
            }

            heartbeat.Beat(clock.GetUtcNow());
            return delivered;
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task<int> DispatchModuleAsync(ModuleInfo module, CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimAsync(module, cancellationToken);
            foreach (var message in batch)
            {
                if (await DeliverAsync(module, message, cancellationToken))
                {
                    delivered++;
                }
            }

            if (batch.Count < _options.BatchSize)
            {
                break;
            }
        }

        return delivered;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(ModuleInfo module, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = module.Resolve(scope.ServiceProvider);
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = Guid.NewGuid();
        var until = now + _options.ClaimDuration;

        var due = db.OutboxMessages
            .Where(m => m.ProcessedAtUtc == null && m.NextAttemptAtUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.OccurredAtUtc)
            .Select(m => m.Id)
            .Take(_options.BatchSize);

        // The condition is repeated on the updated rows so that a concurrent claimer, re-checking them
        // after the first commit, finds them taken.
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.ProcessedAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntilUtc, until),
                cancellationToken);

        // Claimed rows are pending: the condition lets the pending index find them instead of scanning every delivered row.
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.ClaimedBy == claim)
            .OrderBy(m => m.OccurredAtUtc)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> DeliverAsync(ModuleInfo module, OutboxMessage message, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            var integrationEvent = eventTypes.Deserialize(message.Type, message.Payload);
            foreach (var subscription in _subscribers[message.Type])
            {
                await DeliverToAsync(subscription, integrationEvent, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.ToString();
            LogDeliveryFailed(logger, ex, message.Type, message.Id, message.Attempts + 1);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = module.Resolve(scope.ServiceProvider);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy);
        if (error is null)
        {
            await row.ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAtUtc, now)
                    .SetProperty(m => m.Attempts, message.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.ClaimedBy, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken);
            return true;
        }

        var attempts = message.Attempts + 1;
        var lastError = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
        await row.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, lastError)
                .SetProperty(m => m.NextAttemptAtUtc, now + _options.RetryDelay(attempts))
                .SetProperty(m => m.ClaimedBy, (Guid?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
            cancellationToken);
        return false;
    }

    private async Task DeliverToAsync(IntegrationEventSubscription subscription, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.DbContextType);
        if (await AlreadyHandledAsync(db, integrationEvent.EventId, subscription.HandlerName, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
        await subscription.Invoke(handler, integrationEvent, cancellationToken);

        db.InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.EventId,
            Handler = subscription.HandlerName,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (await HandledElsewhereAsync(subscription, integrationEvent.EventId, cancellationToken))
            {
                return;
            }

            throw;
        }
    }

    private async Task<bool> HandledElsewhereAsync(IntegrationEventSubscription subscription, Guid eventId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.DbContextType);
        return await AlreadyHandledAsync(db, eventId, subscription.HandlerName, cancellationToken);
    }

    private static Task<bool> AlreadyHandledAsync(ModuleDbContext db, Guid eventId, string handler, CancellationToken cancellationToken) =>
        db.InboxMessages.AnyAsync(i => i.EventId == eventId && i.Handler == handler, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {EventType} {EventId} failed (attempt {Attempt})")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string eventType, Guid eventId, int attempt);
}
