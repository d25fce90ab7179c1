namespace Sirius.BuildingBlocks;

/// <summary>
/// A fact one module tells the others. Implementations are sealed records of primitives and Guids
/// living in a module's Contracts project.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTime OccurredAtUtc { get; }
}

/// <summary>Handles an integration event inside the subscribing module; delivery is at most once per handler.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>Adds integration events to the module's outbox, committed with the business change.</summary>
public interface IEventOutbox
{
    void Publish(IIntegrationEvent integrationEvent);
}
