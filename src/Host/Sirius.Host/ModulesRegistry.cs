using Sirius.Establishments.Infrastructure;
using Sirius.Questionnaires.Infrastructure;
using Sirius.Testimonies.Infrastructure;

namespace Sirius.Host;

/// <summary>The one place that lists the modules the host runs.</summary>
internal static class ModulesRegistry
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddEstablishmentsModule(configuration)
            .AddQuestionnairesModule(configuration)
            .AddTestimoniesModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapEstablishmentsEndpoints()
            .MapQuestionnairesEndpoints()
            .MapTestimoniesEndpoints();
}
