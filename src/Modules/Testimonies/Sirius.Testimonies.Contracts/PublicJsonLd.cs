using System.Globalization;

namespace Sirius.Testimonies.Contracts;

/// <summary>
/// schema.org JSON-LD of a formation (<c>Course</c>) or an establishment (<c>EducationalOrganization</c>), for the API
/// (<c>Accept: application/ld+json</c>) and the widget page alike. It carries what <see cref="PublicTestimonies"/>
/// carries: published testimonies only, and below the anonymity threshold (no <c>Responses</c>) no rating and no review.
/// </summary>
public static class PublicJsonLd
{
    public static Dictionary<string, object?> For(PublicTestimonies page, string id) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = page.Subject == PublicSubjects.Formation ? "Course" : "EducationalOrganization",
        ["@id"] = id,
        ["name"] = page.Title,
        ["identifier"] = page.Code,
        ["aggregateRating"] = page.Responses is null ? null : new Dictionary<string, object>
        {
            ["@type"] = "AggregateRating",
            ["ratingCount"] = page.Responses,
            ["reviewCount"] = page.Total,
        },
        ["review"] = page.Testimonies.Where(_ => page.Responses is not null).Select(t => new Dictionary<string, object?>
        {
            ["@type"] = "Review",
            ["reviewBody"] = t.Text,
            ["name"] = t.Question,
            ["datePublished"] = t.PublishedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = "Apprenti ou apprentie (anonyme)" },
            ["keywords"] = string.Join(", ", t.Themes),
            ["comment"] = t.Reply is not { } reply ? null : new Dictionary<string, object>
            {
                ["@type"] = "Comment",
                ["text"] = reply.Text,
                ["dateCreated"] = reply.PublishedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["author"] = new Dictionary<string, string> { ["@type"] = "EducationalOrganization", ["name"] = reply.Author },
            },
        }).ToList(),
    };
}
