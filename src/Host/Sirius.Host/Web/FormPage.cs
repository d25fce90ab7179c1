using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.BuildingBlocks;

namespace Sirius.Host.Web;

/// <summary>
/// A page with a form whose input model is <c>Input</c>: sends a command and puts validation failures and
/// refused results beside the fields they concern.
/// </summary>
public abstract class FormPage(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>The business error of the last refused command (null when it was sent or failed validation).</summary>
    protected Error? Refusal { get; private set; }

    /// <summary>Sends the command; false (with ModelState filled) when it is invalid or refused.</summary>
    protected async Task<bool> TrySendAsync(ICommand<Result> command) =>
        Accept(await SendAsync(() => Mediator.Send(command, HttpContext.RequestAborted)));

    /// <summary>Sends a command that answers a value; null (with ModelState filled) when it is invalid or refused.</summary>
    protected async Task<Result<T>?> TrySendAsync<T>(ICommand<Result<T>> command)
    {
        var result = await SendAsync(() => Mediator.Send(command, HttpContext.RequestAborted));
        return Accept(result) ? result : null;
    }

    private async Task<TResult?> SendAsync<TResult>(Func<Task<TResult>> send)
        where TResult : Result
    {
        try
        {
            return await send();
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(FieldKey(field), message);
                }
            }

            return null;
        }
    }

    private bool Accept(Result? result)
    {
        Refusal = result?.Error;
        if (result?.Error is { } error)
        {
            ModelState.AddModelError(FieldKey(error.Field), error.Message);
        }

        return result is { IsSuccess: true };
    }

    private static string FieldKey(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        var property = field.Split('[', '.')[0];
        return "Input." + char.ToUpperInvariant(property[0]) + property[1..];
    }
}
