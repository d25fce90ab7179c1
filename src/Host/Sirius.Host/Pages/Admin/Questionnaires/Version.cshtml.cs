using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Admin.Questionnaires;

public sealed class VersionModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public VersionDetails? Version { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        return await LoadAsync() ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostEnregistrerAsync() =>
        Act(new EditQuestionnaireVersion(User.AccountId(), Id, Input.DefinitionJson ?? ""), "Brouillon enregistré.");

    public Task<IActionResult> OnPostValiderAsync() => Act(new ValidateQuestionnaireVersion(User.AccountId(), Id), "Version validée : les campagnes peuvent l’utiliser.");

    public Task<IActionResult> OnPostBrouillonAsync() => Act(new ReturnQuestionnaireVersionToDraft(User.AccountId(), Id), "Version repassée en brouillon.");

    public async Task<IActionResult> OnPostDupliquerAsync()
    {
        var copy = await Mediator.Send(new DuplicateQuestionnaireVersion(User.AccountId(), Id), HttpContext.RequestAborted);
        if (copy.IsSuccess)
        {
            Message = "Copie créée.";
            return Redirect($"/admin/questionnaires/{copy.Value}");
        }

        ModelState.AddModelError("", copy.Error!.Message);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<IActionResult> Act(ICommand<Result> command, string message)
    {
        if (await TrySendAsync(command))
        {
            Message = message;
            return RedirectToPage(new { Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        Version = await Mediator.Send(new GetQuestionnaireVersion(User.AccountId(), Id), HttpContext.RequestAborted);
        Input.DefinitionJson ??= Version?.DefinitionJson;
        return Version is not null;
    }

    public sealed class VersionInput
    {
        public string? DefinitionJson { get; set; }
    }
}
