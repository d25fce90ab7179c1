using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.IntegrationEvents;

/// <summary>A discarded response leaves the aggregates, and its verbatims leave every public page.</summary>
internal sealed class OnResponseDiscarded(ITestimoniesDb db) : IIntegrationEventHandler<ResponseDiscarded>
{
    public async Task Handle(ResponseDiscarded e, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        var counted = await db.CountedResponses.FindAsync([e.ResponseId], cancellationToken);
        if (counted is null || counted.Discarded)
        {
            return;
        }

        counted.Discarded = true;
        if (await db.FormationResponses.FindAsync([counted.FormationKey], cancellationToken) is { } formation)
        {
            formation.Responses = Math.Max(0, formation.Responses - 1);
            formation.VerifiedResponses = Math.Max(0, formation.VerifiedResponses - (counted.Verified ? 1 : 0));
            await db.CountResponseAsync(counted, formation, -1, cancellationToken);
        }

        var answers = JsonSerializer.Deserialize<List<StoredAnswer>>(counted.AnswersJson) ?? [];
        await AnswerCounts.AddAsync(db, counted.FormationKey, answers, -1, cancellationToken);
        foreach (var verbatim in await db.Verbatims.Where(v => v.ResponseId == e.ResponseId).ToListAsync(cancellationToken))
        {
            if (!verbatim.Discarded)
            {
                verbatim.Discard();
                await db.MoveAsync(verbatim, verbatim.Status, null, cancellationToken);
            }
        }
    }
}
