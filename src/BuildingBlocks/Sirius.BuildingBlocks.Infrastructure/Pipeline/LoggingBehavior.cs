using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Sirius.BuildingBlocks.Infrastructure.Pipeline;

internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            if (response is Result { Error: { } error })
            {
                LogRefused(logger, typeof(TRequest).Name, error.Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                LogHandled(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (RequestRefusedException refused)
        {
            LogRefused(logger, typeof(TRequest).Name, refused.Error.Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (ValidationFailedException)
        {
            LogInvalid(logger, typeof(TRequest).Name);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, typeof(TRequest).Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused with {ErrorCode} in {ElapsedMs} ms")]
    private static partial void LogRefused(ILogger logger, string request, string errorCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed validation")]
    private static partial void LogInvalid(ILogger logger, string request);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request);
}
