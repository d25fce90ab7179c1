namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event in one module; its inbox lives in <see cref="DbContextType"/>.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, Type DbContextType)
{
    public string HandlerName { get; } = NameOf(HandlerType);

    /// <summary>The handler's name in the inbox.</summary>
    public static string NameOf(Type handlerType) => handlerType.FullName!;
}
