namespace Sirius.BuildingBlocks;

/// <summary>
/// Read-only work an instance runs once it is ready, so that the first person to open a page after a start does not
/// pay the process's one-time costs for it: EF Core translating the page's queries, the first run of its code. It
/// writes nothing and costs the same on any amount of data (it reads a scope that matches nothing).
/// </summary>
public interface IWarmUp
{
    Task RunAsync(CancellationToken cancellationToken);
}
