using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Versions;

/// <summary>Every version, newest first (the pipeline has checked the actor is an administrator).</summary>
internal sealed class ListQuestionnaireVersionsHandler(IQuestionnairesDb db)
    : IRequestHandler<ListQuestionnaireVersions, IReadOnlyList<VersionSummary>>
{
    public async Task<IReadOnlyList<VersionSummary>> Handle(ListQuestionnaireVersions query, CancellationToken cancellationToken) =>
        await db.Versions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(
                v.Id, v.Number, v.Status == QuestionnaireVersionStatus.Draft, v.FirstAnsweredAtUtc != null, v.UpdatedAtUtc, v.ValidatedAtUtc))
            .ToListAsync(cancellationToken);
}
