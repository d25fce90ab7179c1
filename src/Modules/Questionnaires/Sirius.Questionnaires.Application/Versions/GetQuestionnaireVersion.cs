using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

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
