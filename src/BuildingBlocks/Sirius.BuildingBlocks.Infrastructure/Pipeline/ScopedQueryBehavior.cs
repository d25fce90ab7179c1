using MediatR;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

/// <summary>The answers to <see cref="IScopedQuery{TResult}"/>s given in a scope (an HTTP request, a job run).</summary>
internal sealed class ScopedAnswers
{
    private readonly Dictionary<object, object?> _answers = [];

    public bool TryGet(object query, out object? answer)
    {
        lock (_answers)
        {
            return _answers.TryGetValue(query, out answer);
        }
    }

    public void Keep(object query, object? answer)
    {
        lock (_answers)
        {
            _answers[query] = answer;
        }
    }

    public void Forget()
    {
        lock (_answers)
        {
            _answers.Clear();
        }
    }
}

/// <summary>
/// Answers an <see cref="IScopedQuery{TResult}"/> once per scope; any request that is not a query may change what
/// they read, so every kept answer is forgotten once it has run.
/// </summary>
internal sealed class ScopedQueryBehavior<TRequest, TResponse>(ScopedAnswers answers) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IScopedQuery<TResponse>)
        {
            if (answers.TryGet(request, out var kept))
            {
                return (TResponse)kept!;
            }

            var answer = await next();
            answers.Keep(request, answer);
            return answer;
        }

        if (request is IQuery<TResponse>)
        {
            return await next();
        }

        try
        {
            return await next();
        }
        finally
        {
            answers.Forget();
        }
    }
}
