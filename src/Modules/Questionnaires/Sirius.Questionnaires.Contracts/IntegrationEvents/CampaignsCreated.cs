using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

/// <summary>Campaigns were created, by <paramref name="CreatedBy"/>, for these establishments (formateur SIRETs).</summary>
public sealed record CampaignsCreated(Guid EventId, DateTime OccurredAtUtc, Guid CreatedBy, IReadOnlyList<string> Sirets) : IIntegrationEvent;
