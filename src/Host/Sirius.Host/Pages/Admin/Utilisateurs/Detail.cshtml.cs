using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Admin.Utilisateurs;

public sealed class DetailModel(IMediator mediator) : FormPage(mediator)
{
    public static readonly (string Value, string Label)[] ScopeChoices =
    [
        (ScopeKinds.National, "National"),
        (ScopeKinds.Region, "Région"),
        (ScopeKinds.Department, "Département"),
        (ScopeKinds.Sirets, "Liste de SIRET"),
        (ScopeKinds.Opco, "OPCO (codes RNCP)"),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AdminInput Input { get; set; } = new();

    public AccountDetails? Account { get; private set; }

    public ReferenceNames Names { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    /// <summary>The destructive action to confirm: « desactivation », or the SIRET to detach.</summary>
    [BindProperty(SupportsGet = true, Name = "confirmer")]
    public string? Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Account = await Mediator.Send(new GetAccount(User.AccountId(), Id), HttpContext.RequestAborted);
        if (Account is null)
        {
            return NotFound();
        }

        Names = await Mediator.Send(new GetReferenceNames(), HttpContext.RequestAborted);
        Input.Codes = string.Join(", ", Account.ScopeCodes);
        return Page();
    }

    public Task<IActionResult> OnPostActiverAsync() => Act(new ActivateAccount(Actor, Id), "Compte activé.");

    public Task<IActionResult> OnPostDesactiverAsync() => Act(new DeactivateAccount(Actor, Id), "Compte désactivé.");

    public Task<IActionResult> OnPostRoleAsync(string role) => Act(new ChangeAccountRole(Actor, Id, role), "Rôle modifié.");

    public Task<IActionResult> OnPostAjouterSiretAsync() => Act(new AttachSiret(Actor, Id, (Input.Siret ?? "").Replace(" ", "", StringComparison.Ordinal)), "SIRET rattaché.");

    public Task<IActionResult> OnPostRetirerSiretAsync(string siret) => Act(new DetachSiret(Actor, Id, siret), "SIRET retiré.");

    public Task<IActionResult> OnPostPerimetreAsync(string kind) => Act(new SetObserverScope(Actor, Id, kind, Input.Codes ?? ""), "Périmètre enregistré.");

    private Guid Actor => User.AccountId();

    private async Task<IActionResult> Act(ICommand<Result> command, string message)
    {
        if (await TrySendAsync(command))
        {
            Message = message;
            return RedirectToPage(new { Id });
        }

        Account = await Mediator.Send(new GetAccount(User.AccountId(), Id), HttpContext.RequestAborted);
        Names = await Mediator.Send(new GetReferenceNames(), HttpContext.RequestAborted);
        return Account is null ? NotFound() : Page();
    }

    public sealed class AdminInput
    {
        public string? Siret { get; set; }

        public string? Codes { get; set; }
    }
}
