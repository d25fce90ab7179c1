using MediatR;

namespace Sirius.BuildingBlocks;

/// <summary>A request that changes state. The pipeline validates it and commits its unit of work.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>
/// A command whose reads and writes run in one database transaction, opened before its handler: for a conditional
/// update (a counter that must not pass a limit) that has to commit or roll back with the rest of the change.
/// </summary>
public interface IAtomicCommand<out TResult> : ICommand<TResult>;

/// <summary>A request that only reads. It never opens a unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>
/// A query several handlers of one request ask with the same values (who the actor is, what they may see): its answer
/// is kept for the rest of the scope, until a request that is not a query runs in it. Its type must have value
/// equality (a record).
/// </summary>
public interface IScopedQuery<out TResult> : IQuery<TResult>;

/// <summary>A long operation made of several commands, each committed on its own (an import in chunks).</summary>
public interface IBatchCommand<out TResult> : IRequest<TResult>;
