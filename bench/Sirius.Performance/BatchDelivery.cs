using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.Performance;

/// <summary>
/// Delivers every pending outbox row to the same subscribers as <see cref="OutboxDispatcher"/> (the modules' real handlers,
/// with their inbox rows), but a chunk of events per transaction instead of one: on SQLite each commit waits for the disk,
/// and the catalogue's tens of thousands of events would otherwise take a quarter of an hour before any measurement.
/// </summary>
internal static class BatchDelivery
{
    private const int ChunkSize = 500;

    public static async Task<int> DeliverAllAsync(IServiceProvider services)
    {
        var subscribers = services.GetServices<IntegrationEventSubscription>().ToLookup(s => EventTypeRegistry.KeyOf(s.EventType));
        var eventTypes = services.GetRequiredService<EventTypeRegistry>();
        var delivered = 0;
        foreach (var module in services.GetRequiredService<ModuleCatalog>().All)
        {
            while (true)
            {
                List<OutboxMessage> chunk;
                await using (var scope = services.CreateAsyncScope())
                {
                    chunk = await module.Resolve(scope.ServiceProvider).OutboxMessages.AsNoTracking()
                        .Where(m => m.ProcessedAtUtc == null).OrderBy(m => m.OccurredAtUtc).Take(ChunkSize).ToListAsync();
                }

                if (chunk.Count == 0)
                {
                    break;
                }

                foreach (var target in chunk.SelectMany(m => subscribers[m.Type]).Select(s => s.DbContextType).Distinct())
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(target);
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    foreach (var message in chunk)
                    {
                        var integrationEvent = eventTypes.Deserialize(message.Type, message.Payload);
                        foreach (var subscription in subscribers[message.Type].Where(s => s.DbContextType == target))
                        {
                            var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
                            var handle = typeof(IIntegrationEventHandler<>).MakeGenericType(subscription.EventType).GetMethod("Handle")!;
                            await (Task)handle.Invoke(handler, [integrationEvent, CancellationToken.None])!;
                            db.InboxMessages.Add(new InboxMessage { EventId = integrationEvent.EventId, Handler = subscription.HandlerName, HandledAtUtc = DateTime.UtcNow });
                            await db.SaveChangesAsync();
                        }
                    }

                    await transaction.CommitAsync();
                }

                var ids = chunk.Select(m => m.Id).ToList();
                await using (var scope = services.CreateAsyncScope())
                {
                    var now = DateTime.UtcNow;
                    await module.Resolve(scope.ServiceProvider).OutboxMessages.Where(m => ids.Contains(m.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, now).SetProperty(m => m.Attempts, 1));
                }

                delivered += chunk.Count;
            }
        }

        return delivered;
    }
}
