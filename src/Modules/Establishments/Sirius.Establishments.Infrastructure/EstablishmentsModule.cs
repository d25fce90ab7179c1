using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Application;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Application.Catalogue;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Application.Notifications;
using Sirius.Establishments.Application.Privacy;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Infrastructure.Accounts;
using Sirius.Establishments.Infrastructure.ReferenceData;
using Sirius.Establishments.Infrastructure.Persistence;

namespace Sirius.Establishments.Infrastructure;

public static class EstablishmentsModule
{
    public const string Name = "establishments";

    public static IServiceCollection AddEstablishmentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<EstablishmentsDbContext>(configuration, new ModuleInfo(
            Name,
            EstablishmentsDbContext.SchemaName,
            typeof(EstablishmentsDbContext),
            typeof(IEstablishmentsDb).Assembly,
            typeof(EstablishmentRegistered).Assembly));
        services.AddScoped<IEstablishmentsDb>(sp => sp.GetRequiredService<EstablishmentsDbContext>());
        services.AddAccounts(configuration);
        services.AddSingleton<ICatalogueReader, CatalogueReader>();
        services.AddSingleton<IDemoCatalogue, DemoCatalogue>();
        services.AddSingleton<ICommuneDirectory, CommuneDirectory>();
        services.AddSingleton<IReferenceNames, TerritoryNames>();
        var notifications = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        services.AddSingleton(notifications);
        services.AddScheduledCommand<SendCampaignReminders, int>(
            "campaign-reminders", Name, "Rappel aux CFA sans campagne", notifications.Schedule);
        services.AddSingleton(RetentionSchedule.Section(configuration).Get<AccountRetentionOptions>() ?? new AccountRetentionOptions());
        services.AddScheduledCommand<PurgeAccounts, int>(
            "accounts-purge", Name, "Suppression des comptes non confirmés ou inactifs et du journal ancien", RetentionSchedule.Cron(configuration));
        var catalogue = configuration.GetSection(CatalogueOptions.SectionName);
        services.AddOptions<CatalogueOptions>().Bind(catalogue);
        if (!string.IsNullOrWhiteSpace(catalogue[nameof(CatalogueOptions.ImportPath)]))
        {
            services.AddScheduledJob<CatalogueImportJob>(
                CatalogueImportJob.Name, Name, "Import du catalogue des formations", cron: catalogue[nameof(CatalogueOptions.ImportSchedule)] ?? new CatalogueOptions().ImportSchedule);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapEstablishmentsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // French route names, as for the testimonies (/api/v1/etablissements/{code}); the English spelling of the first
        // release answers 308 to its new address (docs/adr/0022).
        endpoints.MapGet("/api/v1/etablissements/{siret}/referentiel", GetBySiret)
            .WithTags("Établissements")
            .WithName("GetEstablishment")
            .WithSummary("Un établissement du référentiel, par son SIRET : nom, UAI, commune, département et région.")
            .Produces<EstablishmentSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/establishments/{siret}", (string siret, HttpRequest request) =>
                Results.Redirect($"/api/v1/etablissements/{Uri.EscapeDataString(siret)}/referentiel{request.QueryString}", permanent: true, preserveMethod: true))
            .WithTags("Établissements")
            .WithName("GetEstablishmentFormerAddress")
            .WithSummary("Ancienne adresse de la fiche du référentiel : redirige (308) vers `/api/v1/etablissements/{siret}/referentiel`.")
            .WithMetadata(new ObsoleteAttribute("Use /api/v1/etablissements/{siret}/referentiel."))
            .Produces(StatusCodes.Status308PermanentRedirect);
        endpoints.MapGet("/api/v1/communes", SearchCommunes)
            .WithTags("Communes")
            .WithName("SearchCommunes")
            .WithSummary("Les communes du référentiel dont le nom (sans tenir compte des accents), le code postal ou le code INSEE commence par `q` ; au plus 10, les plus peuplées d’abord.")
            .Produces<IReadOnlyList<CommuneSummary>>();
        return endpoints;
    }

    private static async Task<IResult> SearchCommunes(string? q, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var communes = await mediator.Send(new SearchCommunes(q ?? "", 10), cancellationToken);
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Ok(communes);
    }

    private static async Task<IResult> GetBySiret(string siret, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!Siret.IsValid(siret))
        {
            return TypedResults.Problem(
                title: "SIRET invalide",
                detail: "Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var establishment = await mediator.Send(new GetEstablishment(siret), cancellationToken);
        return establishment is null
            ? TypedResults.Problem(title: "Établissement inconnu", detail: $"Aucun établissement n’a le SIRET {siret}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(establishment);
    }
}
