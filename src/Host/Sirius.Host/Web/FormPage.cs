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

    /// <summary>Sends the command; false (with ModelState filled) when it is invalid or refused.</summary>
    protected async Task<bool> TrySendAsync(ICommand<Result> command)
    {
        try
        {
            var result = await Mediator.Send(command, HttpContext.RequestAborted);
            if (result.Error is { } error)
            {
                ModelState.AddModelError(FieldKey(error.Field), error.Message);
                return false;
            }

            return true;
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

            return false;
        }
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
