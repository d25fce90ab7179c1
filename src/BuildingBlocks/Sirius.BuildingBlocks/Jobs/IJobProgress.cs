namespace Sirius.BuildingBlocks.Jobs;

/// <summary>
/// Lets long work say how far it got (items done out of a total) while it runs as a scheduled job; the admin jobs
/// page shows it. Outside a job run (a page calling the same handler) reports go nowhere.
/// </summary>
public interface IJobProgress
{
    /// <summary>How many items the run will handle, when the job knows it before it starts.</summary>
    void SetTotal(int total);

    /// <summary>How many items are done so far.</summary>
    void Report(int done);
}
