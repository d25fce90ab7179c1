namespace Sirius.BuildingBlocks;

/// <summary>A named lock held until the open transaction ends, for every host instance on the database.</summary>
public interface ITransactionLock
{
    /// <summary>Waits until no other transaction holds the lock, then holds it alone.</summary>
    Task LockAsync(string resource, CancellationToken cancellationToken);

    /// <summary>Holds the lock together with other shared holders; waits while a transaction holds it alone.</summary>
    Task ShareLockAsync(string resource, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction of its own, committed when it returns (within an open transaction,
    /// in that one): for a handler that commits several times, each step with its locks.
    /// </summary>
    Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}
