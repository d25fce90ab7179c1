using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

/// <summary>Keeps <see cref="VerbatimTally"/> in step with each verbatim's status, in the same unit of work.</summary>
internal static class Tallies
{
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
    }
}
