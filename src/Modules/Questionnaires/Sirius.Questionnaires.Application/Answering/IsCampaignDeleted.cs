using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Answering;

internal sealed class IsCampaignDeletedHandler(IQuestionnairesDb db) : IRequestHandler<IsCampaignDeleted, bool>
{
    public async Task<bool> Handle(IsCampaignDeleted query, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(query.Token) && query.Token.Length <= 64
        && await db.Campaigns.AnyAsync(c => c.Token == query.Token && c.DeletedAtUtc != null, cancellationToken);
}
