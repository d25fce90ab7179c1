using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

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
