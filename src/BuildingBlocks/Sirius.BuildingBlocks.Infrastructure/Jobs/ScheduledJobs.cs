using System.Reflection;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// A Quartz job a module asks the scheduler to run, every <see cref="Interval"/> or on a <see cref="Cron"/> schedule;
/// <see cref="Title"/> names it (in French) on the admin jobs page.
/// </summary>
public sealed record ScheduledJob(Type JobType, string Name, string Group, string Title, TimeSpan? Interval = null, string? Cron = null)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public JobKey JobKey => new(Name, Group);

    public TriggerKey TriggerKey => new(Name + "-trigger", Group);
}

public static class ScheduledJobs
{
    private static readonly MethodInfo ScheduleMethod =
        typeof(ScheduledJobs).GetMethod(nameof(Schedule), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IServiceCollection AddScheduledJob<TJob>(
        this IServiceCollection services, string name, string group, string title, TimeSpan? interval = null, string? cron = null)
        where TJob : IJob =>
        services.AddSingleton(new ScheduledJob(typeof(TJob), name, group, title, interval, cron));

    /// <summary>Schedules a module's command as a job of its own (see <see cref="CommandJob{TCommand, TResult}"/>).</summary>
    public static IServiceCollection AddScheduledCommand<TCommand, TResult>(this IServiceCollection services, string name, string group, string title, string cron)
        where TCommand : IRequest<TResult>, new() =>
        services.AddScheduledJob<CommandJob<TCommand, TResult>>(name, group, title, cron: cron);

    /// <summary>
    /// Starts Quartz with every job the platform and the modules registered; called once, after the modules.
    /// Every execution goes through <see cref="JobRunMiddleware"/>, which keeps the run history.
    /// </summary>
    public static IServiceCollection AddSiriusScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var jobs = services.Select(d => d.ImplementationInstance).OfType<ScheduledJob>().ToList();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var scheduler = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        services.TryAddScoped<JobBoard>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJobMiddleware<JobRunMiddleware>();
            if (scheduler.UsesPersistentStore(database.Provider))
            {
                UsePersistentStore(quartz, database, scheduler);
            }

            foreach (var job in jobs)
            {
                ScheduleMethod.MakeGenericMethod(job.JobType).Invoke(null, [quartz, job, scheduler.ManualOnly]);
            }
        });
        services.AddHostedService<SchedulerService>();
        return services;
    }

    /// <summary>Every instance on the database shares one clustered store: each firing runs on one instance only (ADR 12).</summary>
    private static void UsePersistentStore(IQuartzBuilder quartz, DatabaseOptions database, SchedulerOptions scheduler) =>
        quartz.UsePersistentStore(store =>
        {
            store.UseSystemTextJsonSerializer();
            store.ConfigureStore(options =>
            {
                options.TablePrefix = QuartzSchema.TablePrefix;
                options.StoreJobDataAsStrings = true;
            });
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = scheduler.ClusterCheckinInterval;
                cluster.CheckinMisfireThreshold = scheduler.ClusterCheckinInterval * 2;
            });
            var connectionString = database.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required for the persistent job store.");
            if (database.Provider == DatabaseProvider.Postgres)
            {
                store.UsePostgres(connectionString);
            }
            else
            {
                store.UseSqlServer(connectionString);
            }
        });

    private static void Schedule<TJob>(IQuartzBuilder quartz, ScheduledJob job, bool manualOnly)
        where TJob : IJob
    {
        if (manualOnly)
        {
            quartz.AddJob<TJob>(configure => configure.WithIdentity(job.JobKey).StoreDurably());
            return;
        }

        quartz.ScheduleJob<TJob>(
            trigger =>
            {
                trigger.WithIdentity(job.TriggerKey);
                if (job.Cron is { } cron)
                {
                    trigger.WithCronSchedule(cron);
                }
                else
                {
                    trigger.StartNow().WithSimpleSchedule(s => s.WithInterval(job.Interval ?? ScheduledJob.DefaultInterval).RepeatForever());
                }
            },
            configure => configure.WithIdentity(job.JobKey));
    }
}
