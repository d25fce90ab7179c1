using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Email;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Pipeline;
using Sirius.BuildingBlocks.Jobs;

namespace Sirius.BuildingBlocks.Infrastructure.Modules;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>The shared plumbing: mediator pipeline, outbox dispatch, scheduler, health checks. Called once by the host.</summary>
    public static IServiceCollection AddSiriusPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("fr-FR");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new AnonymityThreshold(configuration.GetValue(AnonymityThreshold.Key, AnonymityThreshold.Default)));
        services.AddStartupGate();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped<ScopedAnswers>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ScopedQueryBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddSingleton<ModuleCatalog>();
        services.AddSingleton(sp =>
        {
            var registry = new EventTypeRegistry();
            foreach (var module in sp.GetServices<ModuleInfo>())
            {
                registry.AddFrom(module.ContractsAssembly);
            }

            return registry;
        });
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton<DispatcherHeartbeat>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ModuleMigrator>();
        services.AddSingleton<IStartupTask>(sp => sp.GetRequiredService<ModuleMigrator>());
        services.TryAddSingleton<IJobProgress, JobProgress>();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddDbContext<PlatformDbContext>(options =>
        {
            ModuleDatabase.Configure(options, database, PlatformDbContext.SchemaName, PlatformDbContext.SchemaName);
            ModuleDatabase.UseCompiledModel(options, typeof(PlatformDbContext), database.Provider);
        });
        services.AddSiriusEmail(configuration);

        var outbox = configuration.GetSection(OutboxOptions.SectionName).Get<OutboxOptions>() ?? new OutboxOptions();
        if (outbox.AutoDispatch)
        {
            services.AddHostedService<DispatchLoop>();
            services.AddScheduledJob<DispatchIntegrationEventsJob>(
                DispatchIntegrationEventsJob.Key.Name, DispatchIntegrationEventsJob.Key.Group, "Distribution des événements entre modules",
                interval: outbox.PollInterval);
        }

        services.AddSingleton(RetentionSchedule.Section(configuration).Get<DeliveredEventsRetention>() ?? new DeliveredEventsRetention());
        services.AddScheduledJob<PurgeDeliveredEventsJob>(
            PurgeDeliveredEventsJob.Key.Name, PurgeDeliveredEventsJob.Key.Group, "Suppression des événements distribués anciens",
            cron: RetentionSchedule.Cron(configuration));

        services.AddSingleton<SqliteFileIdentities>();
        services.AddHealthChecks()
            .AddCheck<ModulesDatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<DispatcherHealthCheck>("dispatcher", tags: ["ready"]);

        return services;
    }

    /// <summary>
    /// Registers a module: its DbContext on the configured provider, its commands, queries, authorizers, validators,
    /// concurrency conflict answers, warm-ups and integration event handlers (found by scanning its application assembly).
    /// </summary>
    public static IServiceCollection AddModule<TContext>(this IServiceCollection services, IConfiguration configuration, ModuleInfo module)
        where TContext : ModuleDbContext
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddDbContextPool<TContext>((provider, options) =>
        {
            ModuleDatabase.Configure(options, database, module.Name, module.Schema);
            ModuleDatabase.UseCompiledModel(options, typeof(TContext), database.Provider);
            options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor>());
        });
        services.AddSingleton(module);

        services.Scan(scan => scan
            .FromAssemblies(module.ApplicationAssembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IAuthorizer<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .As(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IConcurrencyConflict<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<IWarmUp>(), publicOnly: false)
            .As<IWarmUp>()
            .WithScopedLifetime());

        foreach (var handler in module.ApplicationAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in handler.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)))
            {
                services.AddIntegrationEventHandler(contract.GetGenericArguments()[0], handler, typeof(TContext));
            }
        }

        return services;
    }

    public static IServiceCollection AddIntegrationEventHandler(this IServiceCollection services, Type eventType, Type handlerType, Type dbContextType)
    {
        services.TryAddScoped(handlerType);
        services.AddSingleton(new IntegrationEventSubscription(eventType, handlerType, dbContextType));
        return services;
    }
}
