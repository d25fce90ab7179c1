using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>A free-text answer to a peer question: it becomes a verbatim to moderate in Testimonies.</summary>
public sealed record FreeTextAnswer(string QuestionKey, string QuestionLabel, string Text);

/// <summary>A closed answer, for aggregates: one row per chosen option or rated item (value is the option or scale key).</summary>
public sealed record ClosedAnswer(string QuestionKey, string? ItemKey, string Value);

/// <summary>An apprentice finished a questionnaire. Carries no personal data: the response is anonymous.</summary>
public sealed record ResponseCompleted(
    Guid EventId,
    DateTime OccurredAtUtc,
    Guid ResponseId,
    Guid CampaignId,
    string FormationKey,
    string Cfd,
    string FormateurSiret,
    string RegionCode,
    string DepartmentCode,
    int DiplomaLevel,
    Guid QuestionnaireVersionId,
    int DurationSeconds,
    bool Verified,
    IReadOnlyList<ClosedAnswer> Answers,
    IReadOnlyList<FreeTextAnswer> FreeTexts) : IIntegrationEvent;

/// <summary>An administrator discarded a suspicious response: it leaves results, statistics and publications.</summary>
public sealed record ResponseDiscarded(Guid EventId, DateTime OccurredAtUtc, Guid ResponseId, Guid CampaignId) : IIntegrationEvent;

/// <summary>
/// Erases the network address hashes older than <c>Retention:AddressHashDays</c> days, and the free texts of responses
/// finished more than <c>Retention:ResponseFreeTextsDays</c> days ago; answers how many responses were changed.
/// </summary>
public sealed record PurgeResponsePersonalData : IBatchCommand<int>, ISystemRequest;
