using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

/// <summary>A version with its errors and preview (the pipeline has checked the actor is an administrator); null if unknown.</summary>
internal sealed class GetQuestionnaireVersionHandler(IQuestionnairesDb db)
    : IRequestHandler<GetQuestionnaireVersion, VersionDetails?>
{
    public async Task<VersionDetails?> Handle(GetQuestionnaireVersion query, CancellationToken cancellationToken)
    {
        if (await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == query.VersionId, cancellationToken) is not { } version)
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
