using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

internal sealed class ListQuestionnaireVersionsHandler(IQuestionnairesDb db, IMediator mediator)
    : IRequestHandler<ListQuestionnaireVersions, IReadOnlyList<VersionSummary>>
{
    public async Task<IReadOnlyList<VersionSummary>> Handle(ListQuestionnaireVersions query, CancellationToken cancellationToken) =>
        !await mediator.IsAdministratorAsync(query.ActorId, cancellationToken)
            ? []
            : await db.Versions.AsNoTracking().OrderByDescending(v => v.Number)
                .Select(v => new VersionSummary(
                    v.Id, v.Number, v.Status == QuestionnaireVersionStatus.Draft, v.FirstAnsweredAtUtc != null, v.UpdatedAtUtc, v.ValidatedAtUtc))
                .ToListAsync(cancellationToken);
}

internal sealed class GetQuestionnaireVersionHandler(IQuestionnairesDb db, IMediator mediator)
    : IRequestHandler<GetQuestionnaireVersion, VersionDetails?>
{
    public async Task<VersionDetails?> Handle(GetQuestionnaireVersion query, CancellationToken cancellationToken)
    {
        if (!await mediator.IsAdministratorAsync(query.ActorId, cancellationToken)
            || await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == query.VersionId, cancellationToken) is not { } version)
        {
            return null;
        }

        var definition = version.Definition;
        return new VersionDetails(
            version.Id,
            version.Number,
            version.IsDraft,
            version.HasAnswers,
            version.DefinitionJson,
            QuestionnaireDefinition.FindErrors(version.DefinitionJson).Select(e => e.Message).ToList(),
            definition.IsSuccess ? definition.Value.ToViews() : []);
    }
}

/// <summary>Shared steps of the version commands (the pipeline has checked the actor is an administrator): loading, numbering.</summary>
internal abstract class VersionCommandHandler(IQuestionnairesDb db, TimeProvider clock)
{
    protected IQuestionnairesDb Db { get; } = db;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected static Error NotFound { get; } = Error.NotFound("questionnaire_version.not_found", "Cette version du questionnaire n’existe pas.");

    protected async Task<Result<QuestionnaireVersion>> LoadAsync(Guid? versionId, CancellationToken cancellationToken)
    {
        var query = Db.Versions.AsQueryable();
        var version = versionId is { } id
            ? await query.FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            : await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return version is null ? NotFound : version;
    }

    protected async Task<Result<Guid>> AddCopyAsync(QuestionnaireVersion source, CancellationToken cancellationToken)
    {
        var next = await Db.Versions.MaxAsync(v => v.Number, cancellationToken) + 1;
        var copy = source.Duplicate(next, Now);
        if (!copy.IsSuccess)
        {
            return copy.Error!;
        }

        Db.Versions.Add(copy.Value);
        return copy.Value.Id;
    }

    /// <summary>Errors of the domain name a JSON path; the editor shows them all beside the text.</summary>
    protected static Error OnText(Error error) => error with { Field = "definitionJson" };
}

internal sealed class CreateQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<CreateQuestionnaireVersion, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var latest = await LoadAsync(null, cancellationToken);
        return latest.IsSuccess ? await AddCopyAsync(latest.Value, cancellationToken) : latest.Error!;
    }
}

internal sealed class DuplicateQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<DuplicateQuestionnaireVersion, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(DuplicateQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(command.VersionId, cancellationToken);
        return source.IsSuccess ? await AddCopyAsync(source.Value, cancellationToken) : source.Error!;
    }
}

internal sealed class EditQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<EditQuestionnaireVersion, Result>
{
    public async Task<Result> Handle(EditQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var version = await LoadAsync(command.VersionId, cancellationToken);
        if (!version.IsSuccess)
        {
            return version.Error!;
        }

        var edited = version.Value.Edit(command.DefinitionJson.ReplaceLineEndings("\n"), Now);
        return edited.IsSuccess ? edited : OnText(edited.Error!);
    }
}

internal sealed class ValidateQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<ValidateQuestionnaireVersion, Result>
{
    public async Task<Result> Handle(ValidateQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(command.VersionId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var version = loaded.Value;
        var validated = version.Validate(Now);
        if (!validated.IsSuccess)
        {
            return OnText(validated.Error!);
        }

        var earlier = await Db.Versions.AsNoTracking()
            .Where(v => v.Id != version.Id && v.Status == QuestionnaireVersionStatus.Validated)
            .ToListAsync(cancellationToken);
        var incompatible = earlier
            .SelectMany(e => version.Definition.Value.FindIncompatibilitiesWith(e.Definition.Value))
            .FirstOrDefault();
        return incompatible is null ? Result.Success() : OnText(incompatible);
    }
}

internal sealed class ReturnQuestionnaireVersionToDraftHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<ReturnQuestionnaireVersionToDraft, Result>
{
    public async Task<Result> Handle(ReturnQuestionnaireVersionToDraft command, CancellationToken cancellationToken)
    {
        var version = await LoadAsync(command.VersionId, cancellationToken);
        return version.IsSuccess ? version.Value.ReturnToDraft(Now) : version.Error!;
    }
}
