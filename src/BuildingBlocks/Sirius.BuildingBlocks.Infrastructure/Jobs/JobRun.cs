using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>How a run ended; <see cref="Running"/> while it runs.</summary>
public static class JobOutcomes
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>An administrator cancelled it and the job stopped at a checkpoint.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The host stopped while it ran.</summary>
    public const string Interrupted = "interrupted";
}

/// <summary>One execution of a scheduled job, kept for the admin jobs page (start, end, outcome, error, progress).</summary>
public sealed class JobRun
{
    public const int ErrorMaxLength = 4000;

    public Guid Id { get; set; }

    public string JobName { get; set; } = "";

    public string JobGroup { get; set; } = "";

    /// <summary>Quartz's id of this firing, used to interrupt it on whichever instance runs it.</summary>
    public string FireInstanceId { get; set; } = "";

    /// <summary>The scheduler instance (host) that ran it.</summary>
    public string Instance { get; set; } = "";

    /// <summary>Started with "run now" rather than by its schedule.</summary>
    public bool Manual { get; set; }

    public DateTime? ScheduledFireTimeUtc { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public string Outcome { get; set; } = JobOutcomes.Running;

    public string? Error { get; set; }

    public int? ItemsDone { get; set; }

    public int? ItemsTotal { get; set; }

    public DateTime? CancelRequestedAtUtc { get; set; }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable(PlatformDbContext.JobRunsTable);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.JobGroup).HasMaxLength(100);
        builder.Property(r => r.FireInstanceId).HasMaxLength(200);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);
        builder.HasIndex(r => new { r.JobGroup, r.JobName, r.StartedAtUtc });
        builder.HasIndex(r => r.StartedAtUtc);
    }
}
