using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Infrastructure.Persistence;

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
            typeof(Contracts.ResponseCompleted).Assembly));
        services.AddScoped<IQuestionnairesDb>(sp => sp.GetRequiredService<QuestionnairesDbContext>());
        services.Configure<SuspicionRules>(configuration.GetSection("Questionnaires:Suspicion"));
        return services;
    }

    public static IEndpointRouteBuilder MapQuestionnairesEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
