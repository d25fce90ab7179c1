using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// Keeps <see cref="PublicCounters"/>, <see cref="NationalThemeTally"/> and <see cref="ModerationDelayTally"/> in step
/// with the counted responses and moderation decisions, in the unit of work
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

    public static async Task CountDecidedAsync(this ITestimoniesDb db, int published, int rejected, CancellationToken cancellationToken)
    {
        var counters = await db.PublicCountersAsync(cancellationToken);
        counters.PublishedTestimonies = Math.Max(0, counters.PublishedTestimonies + published);
        counters.RejectedTestimonies = Math.Max(0, counters.RejectedTestimonies + rejected);
    }

    /// <summary>A published testimony of this theme counted in (+1) or out (-1) of the national theme counts.</summary>
    public static async Task CountThemeAsync(this ITestimoniesDb db, string theme, int delta, CancellationToken cancellationToken)
    {
        var tally = await db.NationalThemeTallies.FindAsync([theme], cancellationToken);
        if (tally is null)
        {
            tally = NationalThemeTally.Create(theme);
            db.NationalThemeTallies.Add(tally);
        }

        tally.Count = Math.Max(0, tally.Count + delta);
    }

    /// <summary>
    /// A decision replaces the one in force (<paramref name="previousAtUtc"/>, null for the first): the verbatim's delay
    /// moves from the previous decision's bucket to this one's.
    /// </summary>
    public static async Task CountModerationDelayAsync(this ITestimoniesDb db, Verbatim verbatim, DateTime? previousAtUtc, CancellationToken cancellationToken)
    {
        if (previousAtUtc is { } previous && await db.ModerationDelayTallies.FindAsync([ModerationDelayTally.Of(verbatim.ReceivedAtUtc, previous)], cancellationToken) is { } old)
        {
            old.Count = Math.Max(0, old.Count - 1);
        }

        var hours = ModerationDelayTally.Of(verbatim.ReceivedAtUtc, verbatim.ModeratedAtUtc!.Value);
        var tally = await db.ModerationDelayTallies.FindAsync([hours], cancellationToken);
        if (tally is null)
        {
            tally = ModerationDelayTally.Create(hours);
            db.ModerationDelayTallies.Add(tally);
        }

        tally.Count++;
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
        counters.RejectedTestimonies = await db.Verbatims.AsNoTracking().CountAsync(v => !v.Discarded && v.Status == VerbatimStatus.Rejected, cancellationToken);

        await db.ModerationDelayTallies.ExecuteDeleteAsync(cancellationToken);
        var decisions = await db.Verbatims.AsNoTracking().Where(v => v.ModeratedAtUtc != null)
            .Select(v => new { v.ReceivedAtUtc, v.ModeratedAtUtc }).ToListAsync(cancellationToken);
        foreach (var bucket in decisions.GroupBy(d => ModerationDelayTally.Of(d.ReceivedAtUtc, d.ModeratedAtUtc!.Value)))
        {
            var tally = ModerationDelayTally.Create(bucket.Key);
            tally.Count = bucket.Count();
            db.ModerationDelayTallies.Add(tally);
        }
    }

    /// <summary>The national theme counts, summed again from the per-formation ones (the read models' rebuild).</summary>
    public static async Task RecountThemesAsync(this ITestimoniesDb db, IEnumerable<ThemeTally> themeTallies, CancellationToken cancellationToken)
    {
        await db.NationalThemeTallies.ExecuteDeleteAsync(cancellationToken);
        foreach (var theme in themeTallies.GroupBy(t => t.Theme, StringComparer.Ordinal))
        {
            var tally = NationalThemeTally.Create(theme.Key);
            tally.Count = theme.Sum(t => t.Count);
            db.NationalThemeTallies.Add(tally);
        }
    }
}
