using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

/// <summary>
/// Keeps <see cref="VerbatimTally"/> in step with each verbatim's status, and <see cref="ThemeTally"/>,
/// <see cref="NationalThemeTally"/> and the published and rejected testimonies of <see cref="PublicCounters"/> with
/// what is decided, in the same unit of work.
/// </summary>
internal static class Tallies
{
    /// <summary>
    /// Taken before reading the counters a response, a discard or a decision adds to (tallies, per-formation responses
    /// and answer counts): they are read, added to and written back, so writers on two host instances, or two
    /// moderators at once, take turns instead of losing counts. Every caller of <see cref="MoveAsync"/> holds it.
    /// </summary>
    public static Task LockReadModelsAsync(this ITestimoniesDb db, CancellationToken cancellationToken) =>
        db.LockAsync("testimonies.read-models", cancellationToken);

    /// <summary>Counts a verbatim out of <paramref name="from"/> and into <paramref name="to"/> (null: not counted).</summary>
    public static async Task MoveAsync(this ITestimoniesDb db, Verbatim verbatim, VerbatimStatus? from, VerbatimStatus? to, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            return;
        }

        if (from is { } old && await db.VerbatimTallies.FindAsync([verbatim.FormationKey, old], cancellationToken) is { } previous)
        {
            previous.Count = Math.Max(0, previous.Count - 1);
        }

        if (to is { } status)
        {
            var next = await db.VerbatimTallies.FindAsync([verbatim.FormationKey, status], cancellationToken);
            if (next is null)
            {
                next = VerbatimTally.Create(verbatim.FormationKey, verbatim.FormateurSiret, status);
                db.VerbatimTallies.Add(next);
            }

            next.Count++;
        }

        var published = IsPublished(to) ? 1 : 0;
        var delta = published - (IsPublished(from) ? 1 : 0);
        var rejected = (to == VerbatimStatus.Rejected ? 1 : 0) - (from == VerbatimStatus.Rejected ? 1 : 0);
        if (delta != 0 || rejected != 0)
        {
            await db.CountDecidedAsync(delta, rejected, cancellationToken);
        }

        if (delta != 0)
        {
            foreach (var theme in verbatim.ThemeNames.Distinct(StringComparer.Ordinal))
            {
                var tally = await db.ThemeTallies.FindAsync([verbatim.FormationKey, theme], cancellationToken);
                if (tally is null)
                {
                    tally = ThemeTally.Create(verbatim.FormationKey, theme);
                    db.ThemeTallies.Add(tally);
                }

                tally.Count = Math.Max(0, tally.Count + delta);
                await db.CountThemeAsync(theme, delta, cancellationToken);
            }
        }
    }

    /// <summary>What moderation lets through (see <c>PublishedVerbatims.Published</c>; discarded verbatims are not counted).</summary>
    public static bool IsPublished(VerbatimStatus? status) => status is VerbatimStatus.Validated or VerbatimStatus.Gem;
}
