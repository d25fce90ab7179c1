using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// Keeps <see cref="PublicCounters"/> in step with the counted responses and published verbatims, in the unit of work
/// that changes them. Callers hold the read-models lock (<c>LockReadModelsAsync</c>), so the read-add-write of the
/// single row never loses a count.
/// </summary>
internal static class PublicCounting
{
    public static async Task<PublicCounters> PublicCountersAsync(this ITestimoniesDb db, CancellationToken cancellationToken) =>
        await db.PublicCounters.FindAsync([PublicCounters.SingleId], cancellationToken)
        ?? throw new InvalidOperationException("The public counters row is missing (written by the PublicCounters migration).");

    /// <summary>
    /// A response counted (<paramref name="delta"/> +1) or discarded (-1), before its <see cref="CountedResponse"/> row
    /// is saved: its campaign and establishment count while they have at least one counted response.
    /// </summary>
    /// <param name="formation">The formation's responses after this one was added or taken out.</param>
    public static async Task CountResponseAsync(this ITestimoniesDb db, CountedResponse response, FormationResponses formation, int delta, CancellationToken cancellationToken)
    {
        var counters = await db.PublicCountersAsync(cancellationToken);
        counters.Responses = Math.Max(0, counters.Responses + delta);
        if (!await db.CountedResponses.AnyAsync(r => r.CampaignId == response.CampaignId && r.ResponseId != response.ResponseId && !r.Discarded, cancellationToken))
        {
            counters.Campaigns = Math.Max(0, counters.Campaigns + delta);
        }

        // The formation just went from 0 to 1 response, or from 1 to 0.
        if (formation.Responses == (delta > 0 ? 1 : 0)
            && !await db.FormationResponses.AnyAsync(
                f => f.FormateurSiret == formation.FormateurSiret && f.FormationKey != formation.FormationKey && f.Responses > 0, cancellationToken))
        {
            counters.Establishments = Math.Max(0, counters.Establishments + delta);
        }
    }

    public static async Task CountPublishedAsync(this ITestimoniesDb db, int delta, CancellationToken cancellationToken)
    {
        var counters = await db.PublicCountersAsync(cancellationToken);
        counters.PublishedTestimonies = Math.Max(0, counters.PublishedTestimonies + delta);
    }

    /// <summary>Counts the figures again from the rows (the read models' rebuild).</summary>
    public static async Task RecountAsync(this ITestimoniesDb db, CancellationToken cancellationToken)
    {
        var counters = await db.PublicCountersAsync(cancellationToken);
        var counted = db.CountedResponses.AsNoTracking().Where(r => !r.Discarded);
        counters.Establishments = await db.FormationResponses.AsNoTracking().Where(f => f.Responses > 0).Select(f => f.FormateurSiret).Distinct().CountAsync(cancellationToken);
        counters.Campaigns = await counted.Select(r => r.CampaignId).Distinct().CountAsync(cancellationToken);
        counters.Responses = await counted.CountAsync(cancellationToken);
        counters.PublishedTestimonies = await db.Verbatims.AsNoTracking().Published().CountAsync(cancellationToken);
    }
}
