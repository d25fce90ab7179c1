using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts.IntegrationEvents;

/// <summary>
/// The establishment's first testimony became publicly visible (a human published it and its formation has reached
/// the anonymity threshold): sent once per establishment, with that testimony's anonymised text as published.
/// </summary>
public sealed record FirstTestimonyPublished(
    Guid EventId, DateTime OccurredAtUtc, string Siret, string EstablishmentName, string QuestionLabel, string Text) : IIntegrationEvent;
