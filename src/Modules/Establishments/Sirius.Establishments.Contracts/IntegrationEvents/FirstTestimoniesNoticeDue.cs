using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.IntegrationEvents;

/// <summary>The "first testimonies published" e-mail was decided for this account, with the testimony to quote.</summary>
public sealed record FirstTestimoniesNoticeDue(
    Guid EventId, DateTime OccurredAtUtc, Guid AccountId, string EstablishmentName, string QuestionLabel, string Text) : IIntegrationEvent;
