using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

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
    IReadOnlyList<ResponseFreeText> FreeTexts) : IIntegrationEvent;
