using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

/// <summary>The decision shared by <see cref="ModerateVerbatims"/> and <see cref="AcceptSuggestions"/>: moves each verbatim to its status, counts it and publishes it.</summary>
internal static class VerbatimDecisions
{
    public static async Task<Result<ModerationOutcome>> DecideAsync(
        ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock, Guid moderatorId, IReadOnlyList<Guid> ids, VerbatimStatus status, string? reason, string? confirmation, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        var verbatims = await db.Verbatims.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
        if (verbatims.Count != ids.Distinct().Count())
        {
            return Error.NotFound("verbatim.unknown", "Un des verbatims sélectionnés n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publishing = status is VerbatimStatus.Validated or VerbatimStatus.Gem;
        var skipped = new List<SkippedVerbatim>();
        var decided = new List<Verbatim>();
        foreach (var verbatim in verbatims)
        {
            var overridden = publishing && !verbatim.IsPublished ? SeriousFlags.Of(verbatim) : [];
            if (overridden.Count > 0 && verbatims.Count > 1)
            {
                skipped.Add(new SkippedVerbatim(verbatim.Id, verbatim.QuestionLabel, overridden.Select(FlagLabels.Label).ToList()));
                continue;
            }

            if (overridden.Count > 0 && string.IsNullOrWhiteSpace(confirmation))
            {
                return new Error(
                    "verbatim.confirmation",
                    $"Ce verbatim porte un signalement grave ({SeriousFlags.Labels(overridden)}) : pour le publier, confirmez en indiquant le motif.",
                    ErrorKind.Invalid,
                    "confirmation");
            }

            var before = verbatim.Status;
            var previousDecisionAtUtc = verbatim.ModeratedAtUtc;
            var result = verbatim.Decide(status, reason, now);
            if (!result.IsSuccess)
            {
                return result.Error!;
            }

            await db.CountModerationDelayAsync(verbatim, previousDecisionAtUtc, cancellationToken);

            if (!verbatim.Discarded)
            {
                await db.MoveAsync(verbatim, before, status, cancellationToken);
            }

            db.VerbatimEdits.Add(VerbatimEdit.Decision(verbatim.Id, status, overridden.Count > 0 ? confirmation : reason, overridden, moderatorId, now));
            db.Publish(new VerbatimModerated(
                Guid.CreateVersion7(), now, verbatim.Id, verbatim.ResponseId, verbatim.CampaignId, verbatim.FormateurSiret,
                StatusNames.Of(status), verbatim.ThemeNames, status == VerbatimStatus.Gem));
            decided.Add(verbatim);
        }

        var keys = decided.Where(v => v.IsPublished).Select(v => v.FormationKey).Distinct().ToList();
        var responses = await db.FormationResponses.AsNoTracking().Where(f => keys.Contains(f.FormationKey))
            .ToDictionaryAsync(f => f.FormationKey, f => f.Responses, cancellationToken);
        await FirstPublicationCheck.RecordAsync(db, threshold, decided, responses, now, cancellationToken);
        return new ModerationOutcome(decided.Count, skipped);
    }
}
