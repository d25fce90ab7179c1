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

/// <summary>The record of the events the module's handlers have handled (its inbox).</summary>
public interface IEventInbox
{
    /// <summary>
    /// Records as handled by <typeparamref name="THandler"/> the module's own <typeparamref name="TEvent"/> events not
    /// delivered to it yet, with the open unit of work: a rebuild that recounts the rows those events describe settles
    /// them first, so that their late delivery does not count them a second time. Answers how many it settled.
    /// </summary>
    Task<int> SettlePendingAsync<TEvent, THandler>(DateTime handledAtUtc, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent>;
}
