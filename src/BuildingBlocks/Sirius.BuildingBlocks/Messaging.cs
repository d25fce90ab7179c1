using MediatR;

namespace Sirius.BuildingBlocks;

/// <summary>A request that changes state. The pipeline validates it and commits its unit of work.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads. It never opens a unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>A long operation made of several commands, each committed on its own (an import in chunks).</summary>
public interface IBatchCommand<out TResult> : IRequest<TResult>;
