using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Versions;

internal sealed class ReturnQuestionnaireVersionToDraftHandler(IQuestionnairesDb db, TimeProvider clock)
    : VersionCommandHandler(db, clock), IRequestHandler<ReturnQuestionnaireVersionToDraft, Result>
{
    public async Task<Result> Handle(ReturnQuestionnaireVersionToDraft command, CancellationToken cancellationToken)
    {
        var version = await LoadAsync(command.VersionId, cancellationToken);
        return version.IsSuccess ? version.Value.ReturnToDraft(Now) : version.Error!;
    }
}
