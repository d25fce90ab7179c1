using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// Notices when an establishment's first testimony becomes publicly visible: a published verbatim of a formation
/// whose responses reached the anonymity threshold. Called where either side changes (a moderation decision, a new
/// response); records the fact once per SIRET and publishes <see cref="FirstTestimonyPublished"/> with it.
/// </summary>
internal static class FirstPublicationCheck
{
    /// <param name="published">Verbatims that may have just become visible, with their current (unsaved) state.</param>
    /// <param name="responses">Completed responses per formation key, as they will be once saved.</param>
    public static async Task RecordAsync(
        ITestimoniesDb db, AnonymityThreshold threshold, IEnumerable<Verbatim> published, IReadOnlyDictionary<string, int> responses,
        DateTime now, CancellationToken cancellationToken)
    {
        var visible = published
            .Where(v => v.IsPublished && threshold.Allows(responses.GetValueOrDefault(v.FormationKey)))
            .GroupBy(v => v.FormateurSiret);
        foreach (var establishment in visible)
        {
            var siret = establishment.Key;
            if (db.FirstPublications.Local.Any(p => p.Siret == siret)
                || await db.FirstPublications.AnyAsync(p => p.Siret == siret, cancellationToken))
            {
                continue;
            }

            var first = establishment.OrderByDescending(v => v.Status == VerbatimStatus.Gem).ThenBy(v => v.ModeratedAtUtc).ThenBy(v => v.Id).First();
            db.FirstPublications.Add(FirstPublication.Of(siret, first.Id, now));
            var name = await db.Establishments.AsNoTracking().Where(e => e.Siret == siret).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
            db.Publish(new FirstTestimonyPublished(Guid.CreateVersion7(), now, siret, name ?? siret, first.QuestionLabel, first.AnonymisedText));
        }
    }
}
