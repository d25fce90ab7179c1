using MediatR;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

/// <summary>
/// Commits a command's changes, business rows and outbox rows together, in the DbContext of the module
/// that owns the command; a refused command (failed <see cref="Result"/>) commits nothing.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog modules, OutboxSignal signal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var db = modules.OwnerOf(typeof(TRequest)).Resolve(services);
        var response = await next();
        if (response is Result { IsSuccess: false })
        {
            db.ChangeTracker.Clear();
            return response;
        }

        var publishesEvents = db.HasPendingEvents();
        await db.SaveChangesAsync(cancellationToken);
        if (publishesEvents && db.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }

        return response;
    }
}
