using Sirius.BuildingBlocks.Infrastructure.Jobs;

namespace Sirius.Host.OpenData;

/// <summary>The open-data files for steering services: the list (with dates and checksums) and each file, open to any origin (ApiCors).</summary>
internal static class OpenDataEndpoints
{
    private const string Path = "/api/v1/donnees-ouvertes";

    public static IServiceCollection AddSiriusOpenData(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddScoped<OpenDataExport>()
            .AddScheduledJob<OpenDataJob>(
                OpenDataJob.Name, "open-data", "Export des données ouvertes", cron: configuration["OpenData:Schedule"] ?? "0 0 5 * * ?");

    public static IEndpointRouteBuilder MapSiriusOpenData(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Path).WithTags("Données ouvertes").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "public, max-age=300";
            return await next(context);
        });
        api.MapGet("", (OpenDataExport export) =>
            {
                var manifest = export.Manifest();
                return TypedResults.Ok(new OpenDataListing(
                    OpenDataExport.SchemaVersion,
                    manifest?.GeneratedAt,
                    manifest?.Threshold,
                    manifest?.Files.Select(f => new OpenDataListingFile(f.Name, f.Format, f.Rows, f.Size, f.Sha256, $"{Path}/{f.Name}")).ToList() ?? []));
            })
            .WithName("OpenDataFiles")
            .WithSummary("Les fichiers de données ouvertes de la dernière génération, avec leur date, leur taille et leur empreinte SHA-256.")
            .WithDescription("Indicateurs agrégés par formation (CFD) × établissement (SIRET) × territoire × année de campagne, "
                + "uniquement au-dessus du seuil d’anonymat. Schéma versionné : docs/open-data.md. Liste vide tant qu’aucune génération n’a eu lieu.");
        api.MapGet("/{name}", (string name, OpenDataExport export) =>
                export.PathOf(name) is { } file
                    ? Results.File(file, name.EndsWith(".jsonl", StringComparison.Ordinal) ? "application/jsonl; charset=utf-8" : "text/csv; charset=utf-8", name)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Fichier inconnu",
                        detail: "Ce fichier ne fait partie ni de la dernière génération ni de la précédente\u202F: consultez la liste des fichiers."))
            .WithName("OpenDataFile")
            .WithSummary("Un fichier de données ouvertes de la dernière génération (CSV ou JSON Lines) ; ceux de la génération précédente restent téléchargeables jusqu’à la suivante.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv", "application/jsonl")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}

/// <param name="GeneratedAt">Null before the first generation.</param>
internal sealed record OpenDataListing(int SchemaVersion, DateTime? GeneratedAt, int? Threshold, IReadOnlyList<OpenDataListingFile> Files);

internal sealed record OpenDataListingFile(string Name, string Format, int Rows, long Size, string Sha256, string Url);
