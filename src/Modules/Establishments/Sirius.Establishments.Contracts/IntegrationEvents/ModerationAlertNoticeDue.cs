using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>The e-mail about one moderation alert was decided for this administrator.</summary>
/// <param name="Categories">The French labels of the kinds of harm the apprentice reports.</param>
public sealed record ModerationAlertNoticeDue(
    Guid EventId, DateTime OccurredAtUtc, Guid AccountId, Guid VerbatimId, IReadOnlyList<string> Categories) : IIntegrationEvent;
