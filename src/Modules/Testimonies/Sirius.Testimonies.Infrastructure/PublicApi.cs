using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Infrastructure;

/// <summary>
/// The open API: formations and establishments with their aggregates and published testimonies. Reads are
/// public (any origin: the host answers CORS for every <c>/api/v1</c> address), cacheable five minutes and revalidated by ETag; <c>Accept: application/ld+json</c>
/// gives schema.org JSON-LD. Below the anonymity threshold the answer is 200 with <c>responses: null</c> and
/// nothing else, so that a partner can tell "known but not yet public" from an unknown code (404).
/// </summary>
internal static class PublicApi
{
    private const string JsonLd = "application/ld+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Témoignages");
        api.MapGet("/formations/nearby", Nearby)
            .WithName("NearbyFormations")
            .WithSummary("Les formations à proximité d’un point ou d’une commune qui ont des témoignages publiés, de la plus proche à la plus lointaine.")
            .WithDescription(
                "Donnez soit `lat` et `lon` (degrés décimaux WGS 84), soit `commune` (code INSEE d’une commune du référentiel). "
                + "Seules les formations (une formation dans un lieu, chez un établissement) ayant au moins le seuil d’anonymat de réponses "
                + "et au moins un témoignage publié sont listées. Les coordonnées sont arrondies au millième de degré (environ 100 m). "
                + "Chaque résultat donne la distance en km (à vol d’oiseau, arrondie à 10 m), l’établissement, le nombre de réponses et de "
                + "témoignages publiés, la part de répondants vérifiés (`verifiedShare`, entre 0 et 1 : toujours 0 tant que Sirius ne vérifie "
                + "pas les répondants), les trois thèmes les plus présents et le chemin du widget (`widgetPath`, relatif à ce serveur). "
                + "Réponse paginée, cacheable cinq minutes et revalidable par ETag. Une entrée invalide donne 400 (ProblemDetails, champ nommé). "
                + "Les résultats viennent d’un index en mémoire reconstruit en arrière-plan : ils peuvent avoir quelques secondes de retard sur "
                + "les publications (le champ `version` dit de quelle version des données ils viennent).")
            .Produces<NearbyFormations>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
        Describe(api.MapGet("/formations/{code}", (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Formation, code, 1, 10), http, mediator, ct)),
            "Une formation (code CFD, RNCP ou CertifInfo) : réponses, répartitions et premiers témoignages publiés.");
        Describe(api.MapGet("/formations/{code}/temoignages", (string code, int? page, int? size, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Formation, code, page ?? 1, size ?? 20), http, mediator, ct)),
            "Les témoignages publiés d’une formation, pépites d’abord puis les plus récemment publiés, par page (taille ≤ 100).");
        Describe(api.MapGet("/etablissements/{code}", (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Establishment, code, 1, 10), http, mediator, ct)),
            "Un établissement (SIRET ou UAI) : réponses, répartitions et premiers témoignages publiés.");
        Describe(api.MapGet("/etablissements/{code}/temoignages", (string code, int? page, int? size, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Read(new GetPublicTestimonies(PublicSubjects.Establishment, code, page ?? 1, size ?? 20), http, mediator, ct)),
            "Les témoignages publiés d’un établissement, pépites d’abord puis les plus récemment publiés, par page (taille ≤ 100).");
        return endpoints;
    }

    private static async Task<IResult> Nearby(
        [Description("Latitude du point de départ, en degrés décimaux (-90 à 90), avec `lon`.")] string? lat,
        [Description("Longitude du point de départ, en degrés décimaux (-180 à 180), avec `lat`.")] string? lon,
        [Description("Code INSEE de la commune de départ (à la place de `lat` et `lon`), par exemple 69123.")] string? commune,
        [Description("Rayon de recherche en km, au plus 100 (30 par défaut).")][FromQuery(Name = "radius_km")] string? radiusKm,
        [Description("Niveau de diplôme : 3 (CAP) à 7 (master, ingénieur).")] string? level,
        [Description("Code CFD de la formation (8 caractères).")] string? cfd,
        [Description("Page, à partir de 1 (au plus 500).")] string? page,
        [Description("Nombre de résultats par page, 1 à 50 (20 par défaut).")] string? size,
        HttpContext http,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new FindNearbyFormations(
            Number(lat, "lat", "La latitude doit être un nombre décimal (exemple : 45.764).", errors),
            Number(lon, "lon", "La longitude doit être un nombre décimal (exemple : 4.836).", errors),
            string.IsNullOrWhiteSpace(commune) ? null : commune.Trim().ToUpperInvariant(),
            Number(radiusKm, "radius_km", "Le rayon doit être un nombre de kilomètres.", errors) ?? NearbyLimits.DefaultRadiusKm,
            (int?)Integer(level, "level", "Le niveau doit être un nombre entier de 3 à 7.", errors),
            string.IsNullOrWhiteSpace(cfd) ? null : cfd.Trim(),
            (int?)Integer(page, "page", "La page doit être un nombre entier.", errors) ?? 1,
            (int?)Integer(size, "size", "La taille de page doit être un nombre entier.", errors) ?? NearbyLimits.DefaultPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "La requête contient des erreurs de saisie.");
        }

        var result = await mediator.Send(query, cancellationToken);
        if (result.Error is { } error)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [error.Field ?? ""] = [error.Message] }, title: "La requête contient des erreurs de saisie.");
        }

        return Cacheable(Serialized.GetValue(result.Value, Serialize), "application/json", http);
    }

    private static double? Number(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors[field] = [message];
        return null;
    }

    private static long? Integer(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [message];
        return null;
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
        var body = wantsLd ? Serialize(PublicJsonLd.For(result.Value, $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}")) : Serialized.GetValue(result.Value, Serialize);
        http.Response.Headers.Vary = "Accept";
        return Cacheable(body, wantsLd ? JsonLd : "application/json", http);
    }

    private static SerializedBody Serialize(object answer)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(answer, Json);
        return new SerializedBody(body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"");
    }

    /// <summary>Public for five minutes, revalidated by an ETag of the body.</summary>
    private static IResult Cacheable(SerializedBody serialized, string mediaType, HttpContext http)
    {
        var (body, etag) = serialized;
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=300";
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "*"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, mediaType + "; charset=utf-8");
    }

    /// <summary>
    /// The plain JSON body and ETag of each answer: the queries hand out the same answer instance while the read models
    /// do not change, so it is serialised and hashed once.
    /// </summary>
    private static readonly ConditionalWeakTable<object, SerializedBody> Serialized = new();

    private sealed record SerializedBody(byte[] Body, string ETag);
}
