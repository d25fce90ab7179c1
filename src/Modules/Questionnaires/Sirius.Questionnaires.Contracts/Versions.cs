using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>At start-up: the shipped questionnaire becomes validated version 1 when no version exists yet (idempotent).</summary>
public sealed record EnsureDefaultQuestionnaire : ICommand<Result>, ISystemRequest;

/// <summary>Administrators only (checked with the actor's scope).</summary>
public sealed record ListQuestionnaireVersions(Guid ActorId) : IQuery<IReadOnlyList<VersionSummary>>, IAdministratorRequest;

public sealed record VersionSummary(Guid Id, int Number, bool IsDraft, bool HasAnswers, DateTime UpdatedAtUtc, DateTime? ValidatedAtUtc);

/// <summary>A version with its text, every problem of the text (for the editor) and the questions as an apprentice sees them.</summary>
public sealed record GetQuestionnaireVersion(Guid ActorId, Guid VersionId) : IQuery<VersionDetails?>, IAdministratorRequest;

public sealed record VersionDetails(
    Guid Id,
    int Number,
    bool IsDraft,
    bool HasAnswers,
    string DefinitionJson,
    IReadOnlyList<string> Problems,
    IReadOnlyList<CategoryView> Preview);

/// <summary>A new draft, copy of the latest version.</summary>
public sealed record CreateQuestionnaireVersion(Guid ActorId) : ICommand<Result<Guid>>, IAdministratorRequest;

public sealed record EditQuestionnaireVersion(Guid ActorId, Guid VersionId, string DefinitionJson) : ICommand<Result>, IAdministratorRequest;

public sealed record DuplicateQuestionnaireVersion(Guid ActorId, Guid VersionId) : ICommand<Result<Guid>>, IAdministratorRequest;

public sealed record ValidateQuestionnaireVersion(Guid ActorId, Guid VersionId) : ICommand<Result>, IAdministratorRequest;

public sealed record ReturnQuestionnaireVersionToDraft(Guid ActorId, Guid VersionId) : ICommand<Result>, IAdministratorRequest;
