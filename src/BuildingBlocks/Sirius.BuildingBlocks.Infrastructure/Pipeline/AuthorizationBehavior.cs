using System.Reflection;
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
    private static readonly Func<Error, TResponse>? Refusal = RefusalOf(typeof(TResponse));

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
                return Refusal is null ? throw new RequestRefusedException(error) : Refusal(error);
            }
        }

        return await next();
    }

    private static Func<Error, TResponse>? RefusalOf(Type response)
    {
        if (response == typeof(Result))
        {
            return error => (TResponse)(object)Result.Failure(error);
        }

        if (response.IsGenericType && response.GetGenericTypeDefinition() == typeof(Result<>))
        {
            var failure = response.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [typeof(Error)])!;
            return error => (TResponse)failure.Invoke(null, [error])!;
        }

        return null;
    }
}
