using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

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
