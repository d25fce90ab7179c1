using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Privacy;

/// <summary>
/// Erases, in batches, what only moderators read and a final decision made useless: the original text, the
/// pre-moderation excerpts (they quote it) and the history of edits. The anonymised text and the decision stay.
/// </summary>
internal sealed class PurgeVerbatimOriginalsHandler(ITestimoniesDb db, VerbatimRetentionOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<PurgeVerbatimOriginals, int>
{
    private const int BatchSize = 500;

    public async Task<int> Handle(PurgeVerbatimOriginals command, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.VerbatimOriginalsDays);
        var due = db.Verbatims.Where(v =>
            (v.Status == VerbatimStatus.Validated || v.Status == VerbatimStatus.Gem || v.Status == VerbatimStatus.Rejected)
            && v.ModeratedAtUtc < before && (v.OriginalText != "" || v.FlagsJson != "[]"));
        progress.SetTotal(await due.CountAsync(cancellationToken));
        var erased = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = await due.OrderBy(v => v.Id).Select(v => v.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return erased;
            }

            await db.VerbatimEdits.Where(e => ids.Contains(e.VerbatimId)).ExecuteDeleteAsync(cancellationToken);
            erased += await db.Verbatims.Where(v => ids.Contains(v.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.OriginalText, "").SetProperty(v => v.FlagsJson, "[]"), cancellationToken);
            progress.Report(erased);
        }
    }
}
