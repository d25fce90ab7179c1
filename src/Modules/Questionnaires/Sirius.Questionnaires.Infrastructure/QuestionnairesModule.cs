using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Application.Answering;
using Sirius.Questionnaires.Application.Privacy;
using Sirius.Questionnaires.Application.Rosters;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Rosters;
using Sirius.Questionnaires.Infrastructure.Persistence;
using Sirius.Questionnaires.Infrastructure.Rosters;

namespace Sirius.Questionnaires.Infrastructure;

public static class QuestionnairesModule
{
    public const string Name = "questionnaires";

    public static IServiceCollection AddQuestionnairesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<QuestionnairesDbContext>(configuration, new ModuleInfo(
            Name,
            QuestionnairesDbContext.SchemaName,
            typeof(QuestionnairesDbContext),
            typeof(IQuestionnairesDb).Assembly,
            typeof(Contracts.IntegrationEvents.ResponseCompleted).Assembly));
        services.AddScoped<IQuestionnairesDb>(sp => sp.GetRequiredService<QuestionnairesDbContext>());
        services.Configure<SuspicionRules>(configuration.GetSection("Questionnaires:Suspicion"));
        services.AddSingleton<StatisticsCache>();
        services.AddSingleton<QuestionnaireDefinitionCache>();
        services.AddSingleton<CampaignLinkCache>();
        services.AddSingleton<PublicStatisticsVersion>();
        services.AddSingleton<IPublicStatisticsVersion>(sp => sp.GetRequiredService<PublicStatisticsVersion>());

        // A safety net rather than a routine: the read side is kept in step by events; an administrator may run it now.
        services.AddScheduledCommand<RebuildStatistics, Result<int>>(
            "questionnaires-statistics-rebuild", "statistics", "Recalcul des statistiques de pilotage", "0 30 4 ? * SUN");
        services.AddSingleton(RetentionSchedule.Section(configuration).Get<ResponseRetentionOptions>() ?? new ResponseRetentionOptions());
        services.AddScheduledCommand<PurgeResponsePersonalData, int>(
            "response-personal-data-purge", Name, "Effacement des textes libres et empreintes d’adresse des réponses", RetentionSchedule.Cron(configuration));
        services.AddScheduledCommand<PurgeRosters, int>(
            "roster-purge", Name, "Effacement des listes d’apprentis des campagnes terminées", RetentionSchedule.Cron(configuration));

        var invitations = configuration.GetSection(InvitationOptions.SectionName).Get<InvitationOptions>() ?? new InvitationOptions();
        if (configuration["Sirius:PublicUrl"] is { Length: > 0 } publicUrl)
        {
            invitations.PublicUrl = new Uri(publicUrl);
        }

        services.AddSingleton(invitations);

        services.AddSingleton(new AddressHasher(invitations.UnsubscribeKey));
        services.AddSingleton<IRosterFileReader, RosterFileReader>();
        services.AddScheduledCommand<SendInvitations, int>(
            "roster-invitations", Name, "Envoi des invitations personnelles et des rappels aux apprentis", invitations.Schedule);
        return services;
    }

    public static IEndpointRouteBuilder MapQuestionnairesEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
