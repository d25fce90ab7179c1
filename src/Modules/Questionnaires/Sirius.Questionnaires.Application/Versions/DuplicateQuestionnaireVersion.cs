using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Versions;

internal sealed class DuplicateQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<DuplicateQuestionnaireVersion, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(DuplicateQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(command.VersionId, cancellationToken);
        return source.IsSuccess ? await AddCopyAsync(source.Value, cancellationToken) : source.Error!;
    }
}
