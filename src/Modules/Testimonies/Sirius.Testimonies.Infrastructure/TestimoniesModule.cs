using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Testimonies.Application;
using Sirius.Testimonies.Application.Discovery;
using Sirius.Testimonies.Application.Privacy;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Infrastructure.Persistence;

namespace Sirius.Testimonies.Infrastructure;

public static class TestimoniesModule
{
    public const string Name = "testimonies";

    public static IServiceCollection AddTestimoniesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<TestimoniesDbContext>(configuration, new ModuleInfo(
            Name,
            TestimoniesDbContext.SchemaName,
            typeof(TestimoniesDbContext),
            typeof(ITestimoniesDb).Assembly,
            Assembly.Load("Sirius.Testimonies.Contracts")));
        services.AddScoped<ITestimoniesDb>(sp => sp.GetRequiredService<TestimoniesDbContext>());
        services.AddSingleton<ReadModelVersionCache>();
        services.AddSingleton<NearbySnapshots>();
        services.AddHostedService<NearbyIndexStartup>();
        services.AddSingleton<IPublicReadVersions, PublicReadVersions>();
        services.AddSingleton<ReadSideCache>();
        services.AddScheduledCommand<RebuildVerbatimTallies, Result<int>>(
            "testimonies-tallies-rebuild", "statistics", "Recalcul des décomptes de verbatims par statut", "0 45 4 ? * SUN");
        services.AddSingleton(RetentionSchedule.Section(configuration).Get<VerbatimRetentionOptions>() ?? new VerbatimRetentionOptions());
        services.AddScheduledCommand<PurgeVerbatimOriginals, int>(
            "verbatim-originals-purge", Name, "Effacement des textes originaux des verbatims modérés", RetentionSchedule.Cron(configuration));
        return services;
    }

    public static IEndpointRouteBuilder MapTestimoniesEndpoints(this IEndpointRouteBuilder endpoints) => PublicApi.Map(endpoints);
}
