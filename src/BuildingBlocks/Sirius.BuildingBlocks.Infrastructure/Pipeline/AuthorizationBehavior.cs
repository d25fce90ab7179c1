using MediatR;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

/// <summary>
/// Runs the <see cref="IAuthorizer{TRequest}"/>s of a request sent for a person (<see cref="IRequireActor"/>) before
/// anything else reads or writes: a refusal comes back as a failed <see cref="Result"/>, or as a
/// <see cref="RequestRefusedException"/> when the answer is not a result. Such a request without any authorizer is a
/// defect, not an open door: it throws.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(IEnumerable<IAuthorizer<TRequest>> authorizers)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private readonly IAuthorizer<TRequest>[] _authorizers = authorizers.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRequireActor)
        {
            return await next();
        }

        if (_authorizers.Length == 0)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} acts for a person but has no authorizer.");
        }

        foreach (var authorizer in _authorizers)
        {
            if (await authorizer.AuthorizeAsync(request, cancellationToken) is { } error)
            {
                return FailedResult<TResponse>.TryCreate(error, out var refused) ? refused : throw new RequestRefusedException(error);
            }
        }

        return await next();
    }
}
