using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Versions;

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
