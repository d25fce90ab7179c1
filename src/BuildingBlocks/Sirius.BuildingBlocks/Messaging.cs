using MediatR;

namespace Sirius.BuildingBlocks;

/// <summary>A request that changes state. The pipeline validates it and commits its unit of work.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads. It never opens a unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
