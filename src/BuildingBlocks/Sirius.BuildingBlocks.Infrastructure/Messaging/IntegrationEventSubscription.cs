namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event in one module; its inbox lives in <see cref="DbContextType"/>.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, Type DbContextType)
{
    public string HandlerName { get; } = HandlerType.FullName!;
}
