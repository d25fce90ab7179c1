using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

/// <summary>
/// Commits a command's changes, business rows and outbox rows together, in the DbContext of the module
/// that owns the command; a refused command (failed <see cref="Result"/>) commits nothing. An
/// <see cref="IAtomicCommand{TResult}"/> runs its handler inside the transaction too. A concurrency conflict at commit
/// comes back as the command's <see cref="IConcurrencyConflict{TCommand}"/> error, so no caller sees EF Core's exception.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog modules)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var db = modules.OwnerOf(typeof(TRequest)).Resolve(services);
        var atomic = request is IAtomicCommand<TResponse> && db.Database.CurrentTransaction is null;
        await using var transaction = atomic ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var response = await next();
        if (response is Result { IsSuccess: false })
        {
            // Rolls back what an atomic handler wrote directly (a conditional update) with the tracked changes.
            db.ChangeTracker.Clear();
            return response;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (services.GetService<IConcurrencyConflict<TRequest>>() is { } conflict
            && FailedResult<TResponse>.TryCreate(conflict.ErrorFor(request), out var refused))
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return response;
    }
}
