using Microsoft.EntityFrameworkCore;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// The platform's own tables (no module owns them): the job run history. Its own schema, its own migrations
/// history and, on SQLite, its own file (ADR 11).
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string SchemaName = "platform";
    public const string JobRunsTable = "JobRuns";

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.ApplyConfiguration(new JobRunConfiguration());
    }
}
