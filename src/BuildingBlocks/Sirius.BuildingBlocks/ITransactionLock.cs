namespace Sirius.BuildingBlocks;

/// <summary>A named lock held until the open transaction ends, for every host instance on the database.</summary>
public interface ITransactionLock
{
    Task LockAsync(string resource, CancellationToken cancellationToken);
}
