using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Versions;

internal sealed class CreateQuestionnaireVersionHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<CreateQuestionnaireVersion, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateQuestionnaireVersion command, CancellationToken cancellationToken)
    {
        var latest = await LoadAsync(null, cancellationToken);
        return latest.IsSuccess ? await AddCopyAsync(latest.Value, cancellationToken) : latest.Error!;
    }
}
