using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts.IntegrationEvents;

/// <summary>
/// A verbatim's pre-moderation found reported harm (an alert): sent once, in the unit of work of its arrival, for
/// administrators to be told. Carries no text and nothing about the apprentice.
/// </summary>
/// <param name="Categories">The French labels of the kinds of harm reported.</param>
public sealed record VerbatimAlertRaised(Guid EventId, DateTime OccurredAtUtc, Guid VerbatimId, IReadOnlyList<string> Categories) : IIntegrationEvent;
