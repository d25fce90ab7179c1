using Microsoft.Extensions.Configuration;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// The <c>Retention</c> configuration section, shared by every module's purge job: its delays (one key per kind of
/// data, read by the module that owns it) and <c>Retention:Schedule</c>, when the purges run (every night at 2 a.m.).
/// </summary>
public static class RetentionSchedule
{
    public const string SectionName = "Retention";

    public const string DefaultCron = "0 0 2 * * ?";

    public static IConfigurationSection Section(IConfiguration configuration) => configuration.GetSection(SectionName);

    public static string Cron(IConfiguration configuration) => Section(configuration)["Schedule"] ?? DefaultCron;
}
