using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Admin.Questionnaires;

public sealed class QuestionnairesModel(IMediator mediator) : FormPage(mediator)
{
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public async Task OnGetAsync() =>
        Versions = await Mediator.Send(new ListQuestionnaireVersions(User.AccountId()), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreerAsync()
    {
        var created = await Mediator.Send(new CreateQuestionnaireVersion(User.AccountId()), HttpContext.RequestAborted);
        if (created.IsSuccess)
        {
            return Redirect($"/admin/questionnaires/{created.Value}");
        }

        ModelState.AddModelError("", created.Error!.Message);
        await OnGetAsync();
        return Page();
    }
}
