using System.Security.Cryptography;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Infrastructure;

/// <summary>
/// The open API: formations and establishments with their aggregates and published testimonies. Reads are
/// public (any origin), cacheable five minutes and revalidated by ETag; <c>Accept: application/ld+json</c>
/// gives schema.org JSON-LD. Below the anonymity threshold the answer is 200 with <c>responses: null</c> and
/// nothing else, so that a partner can tell "known but not yet public" from an unknown code (404).
/// </summary>
internal static class PublicApi
{
    private const string JsonLd = "application/ld+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Témoignages").AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlExposeHeaders = "ETag";
            return await next(context);
        });
        Describe(api.MapGet("/formations/{code}", (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Formation, code, 1, 10), http, mediator, ct)),
            "Une formation (code CFD, RNCP ou CertifInfo) : réponses, répartitions et premiers témoignages publiés.");
        Describe(api.MapGet("/formations/{code}/temoignages", (string code, int? page, int? size, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Formation, code, page ?? 1, size ?? 20), http, mediator, ct)),
            "Les témoignages publiés d’une formation, pépites d’abord, par page (taille ≤ 100).");
        Describe(api.MapGet("/etablissements/{code}", (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Establishment, code, 1, 10), http, mediator, ct)),
            "Un établissement (SIRET ou UAI) : réponses, répartitions et premiers témoignages publiés.");
        Describe(api.MapGet("/etablissements/{code}/temoignages", (string code, int? page, int? size, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Establishment, code, page ?? 1, size ?? 20), http, mediator, ct)),
            "Les témoignages publiés d’un établissement, pépites d’abord, par page (taille ≤ 100).");
        return endpoints;
    }

    private static void Describe(RouteHandlerBuilder endpoint, string summary) =>
        endpoint.WithSummary(summary)
            .Produces<PublicTestimonies>(StatusCodes.Status200OK, "application/json", JsonLd)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Read(GetPublicTestimonies query, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        if (query.Page < 1 || query.Size is < 1 or > 100)
        {
            return TypedResults.Problem(title: "Pagination invalide", detail: "La page commence à 1 et la taille va de 1 à 100.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await mediator.Send(query, cancellationToken);
        if (result.Error is { } error)
        {
            return error.Kind == ErrorKind.NotFound
                ? TypedResults.Problem(title: "Code inconnu", detail: error.Message, statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Problem(title: "Code invalide", detail: error.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var wantsLd = http.Request.Headers.Accept.Any(a => a?.Contains(JsonLd, StringComparison.OrdinalIgnoreCase) == true);
        var body = wantsLd ? JsonSerializer.SerializeToUtf8Bytes(ToJsonLd(result.Value, http.Request), Json) : JsonSerializer.SerializeToUtf8Bytes(result.Value, Json);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=300";
        headers.Vary = "Accept";
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "*"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, wantsLd ? JsonLd + "; charset=utf-8" : "application/json; charset=utf-8");
    }

    private static Dictionary<string, object?> ToJsonLd(PublicTestimonies page, HttpRequest request) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = page.Subject == PublicSubjects.Formation ? "Course" : "EducationalOrganization",
        ["@id"] = $"{request.Scheme}://{request.Host}{request.Path}",
        ["name"] = page.Title,
        ["identifier"] = page.Code,
        ["aggregateRating"] = page.Responses is null ? null : new Dictionary<string, object>
        {
            ["@type"] = "AggregateRating",
            ["ratingCount"] = page.Responses,
            ["reviewCount"] = page.Total,
        },
        ["review"] = page.Testimonies.Select(t => new Dictionary<string, object>
        {
            ["@type"] = "Review",
            ["reviewBody"] = t.Text,
            ["name"] = t.Question,
            ["datePublished"] = t.PublishedAtUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = "Apprenti ou apprentie (anonyme)" },
            ["keywords"] = string.Join(", ", t.Themes),
        }).ToList(),
    };
}
