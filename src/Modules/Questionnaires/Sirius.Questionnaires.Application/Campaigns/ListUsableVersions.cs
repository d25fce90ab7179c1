using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class ListUsableVersionsHandler(IQuestionnairesDb db) : IRequestHandler<ListUsableVersions, IReadOnlyList<VersionChoice>>
{
    public async Task<IReadOnlyList<VersionChoice>> Handle(ListUsableVersions query, CancellationToken cancellationToken) =>
        await db.Versions.AsNoTracking()
            .Where(v => v.Status == QuestionnaireVersionStatus.Validated)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionChoice(v.Id, v.Number))
            .ToListAsync(cancellationToken);
}
