using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>A Quartz job a module asks the scheduler to run, every <see cref="Interval"/> or on a <see cref="Cron"/> schedule.</summary>
public sealed record ScheduledJob(Type JobType, string Name, string Group, TimeSpan? Interval = null, string? Cron = null);

public static class ScheduledJobs
{
    private static readonly MethodInfo ScheduleMethod =
        typeof(ScheduledJobs).GetMethod(nameof(Schedule), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string group, TimeSpan? interval = null, string? cron = null)
        where TJob : IJob =>
        services.AddSingleton(new ScheduledJob(typeof(TJob), name, group, interval, cron));

    /// <summary>Starts Quartz with every job the platform and the modules registered; called once, after the modules.</summary>
    public static IServiceCollection AddSiriusScheduler(this IServiceCollection services)
    {
        var jobs = services.Select(d => d.ImplementationInstance).OfType<ScheduledJob>().ToList();
        services.AddQuartz(quartz =>
        {
            foreach (var job in jobs)
            {
                ScheduleMethod.MakeGenericMethod(job.JobType).Invoke(null, [quartz, job]);
            }
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, ScheduledJob job)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger =>
            {
                trigger.WithIdentity(job.Name + "-trigger", job.Group);
                if (job.Cron is { } cron)
                {
                    trigger.WithCronSchedule(cron);
                }
                else
                {
                    trigger.StartNow().WithSimpleSchedule(s => s.WithInterval(job.Interval ?? TimeSpan.FromMinutes(1)).RepeatForever());
                }
            },
            configure => configure.WithIdentity(job.Name, job.Group));
}
