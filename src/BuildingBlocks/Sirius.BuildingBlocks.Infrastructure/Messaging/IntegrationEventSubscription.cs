using System.Reflection;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event in one module; its inbox lives in <see cref="DbContextType"/>.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, Type DbContextType)
{
    public string HandlerName { get; } = NameOf(HandlerType);

    /// <summary>Calls a handler resolved as <see cref="HandlerType"/> with an event of <see cref="EventType"/> (no reflection per delivery).</summary>
    internal Func<object, IIntegrationEvent, CancellationToken, Task> Invoke { get; } =
        typeof(IntegrationEventSubscription).GetMethod(nameof(InvokeHandler), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(EventType)
            .CreateDelegate<Func<object, IIntegrationEvent, CancellationToken, Task>>();

    /// <summary>The handler's name in the inbox.</summary>
    public static string NameOf(Type handlerType) => handlerType.FullName!;

    private static Task InvokeHandler<TEvent>(object handler, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent =>
        ((IIntegrationEventHandler<TEvent>)handler).Handle((TEvent)integrationEvent, cancellationToken);
}
