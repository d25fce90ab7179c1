using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Review;

internal static class Suspicions
{
    public static IReadOnlyList<(string Reason, SuspicionFlags Flag)> Reasons { get; } =
    [
        (SuspicionReasons.TooFast, SuspicionFlags.TooFast),
        (SuspicionReasons.Incomplete, SuspicionFlags.Incomplete),
        (SuspicionReasons.Honeypot, SuspicionFlags.Honeypot),
        (SuspicionReasons.Rate, SuspicionFlags.Rate),
    ];

    public static IQueryable<Response> ToReview(this IQueryable<Response> responses) =>
        responses.Where(r => r.Status == ResponseStatus.Completed && r.Flags != SuspicionFlags.None && r.ReviewedAtUtc == null);
}
