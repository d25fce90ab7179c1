using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Privacy;

/// <summary>Clears old address hashes in one statement, then erases the free texts of finished responses in batches.</summary>
internal sealed class PurgeResponsePersonalDataHandler(IQuestionnairesDb db, ResponseRetentionOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<PurgeResponsePersonalData, int>
{
    private const int BatchSize = 200;

    public async Task<int> Handle(PurgeResponsePersonalData command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hashesBefore = now.AddDays(-options.AddressHashDays);
        var changed = await db.Responses.Where(r => r.AddressHash != null && r.UpdatedAtUtc < hashesBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AddressHash, (string?)null), cancellationToken);

        var textsBefore = now.AddDays(-options.ResponseFreeTextsDays);
        var due = db.Responses.Where(r => r.PersonalDataErasedAtUtc == null && r.Status != ResponseStatus.InProgress && r.CompletedAtUtc < textsBefore);
        progress.SetTotal(await due.CountAsync(cancellationToken));
        var definitions = new Dictionary<Guid, QuestionnaireDefinition>();
        var erased = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var responses = await due.OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (responses.Count == 0)
            {
                return changed + erased;
            }

            foreach (var response in responses)
            {
                if (!definitions.TryGetValue(response.VersionId, out var definition))
                {
                    var version = await db.Versions.AsNoTracking().FirstAsync(v => v.Id == response.VersionId, cancellationToken);
                    definition = definitions[response.VersionId] = version.Definition.Value;
                }

                response.ErasePersonalData(definition, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            erased += responses.Count;
            progress.Report(erased);
        }
    }
}
