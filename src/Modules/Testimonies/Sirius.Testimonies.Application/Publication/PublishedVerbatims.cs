using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

internal static class PublishedVerbatims
{
    /// <summary>What moderation let through: validated or gem, and not from a discarded response.</summary>
    public static IQueryable<Verbatim> Published(this IQueryable<Verbatim> verbatims) =>
        verbatims.Where(v => !v.Discarded && (v.Status == VerbatimStatus.Validated || v.Status == VerbatimStatus.Gem));
}
