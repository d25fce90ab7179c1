namespace Sirius.BuildingBlocks;

/// <summary>
/// What a command answers when another request changed the rows it read before its unit of work committed (an
/// optimistic concurrency token did not match). The pipeline returns this error, as a failed <see cref="Result"/>,
/// instead of the persistence exception; a command without one lets the exception through.
/// </summary>
public interface IConcurrencyConflict<in TCommand>
{
    Error ErrorFor(TCommand command);
}
