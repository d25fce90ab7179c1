using System.Reflection;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

/// <summary>A failed <see cref="Result"/> or <see cref="Result{T}"/> of the pipeline's response type, or none if it is not a result.</summary>
internal static class FailedResult<TResponse>
{
    private static readonly Func<Error, TResponse>? Create = Factory();

    public static bool TryCreate(Error error, out TResponse response)
    {
        response = Create is null ? default! : Create(error);
        return Create is not null;
    }

    private static Func<Error, TResponse>? Factory()
    {
        if (typeof(TResponse) == typeof(Result))
        {
            return error => (TResponse)(object)Result.Failure(error);
        }

        if (!typeof(TResponse).IsGenericType || typeof(TResponse).GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var failure = typeof(TResponse).GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])!;
        return failure.CreateDelegate<Func<Error, TResponse>>();
    }
}
