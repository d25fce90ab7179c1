using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Admin.Utilisateurs;

public sealed class UtilisateursModel(IMediator mediator) : PageModel
{
    public static readonly (string Value, string Label)[] Statuses =
    [
        (AccountStatuses.AwaitingActivation, "À activer"),
        (AccountStatuses.AwaitingEmailConfirmation, "Adresse non confirmée"),
        (AccountStatuses.Active, "Actif"),
        (AccountStatuses.Deactivated, "Désactivé"),
    ];

    public static readonly (string Value, string Label)[] RoleLabels =
    [
        (Roles.Establishment, "Établissement"),
        (Roles.Observer, "Observateur"),
        (Roles.Administrator, "Administrateur"),
    ];

    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Statut { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AccountPage Accounts { get; private set; } = new([], 0, 1, 50);

    public static string StatusLabel(string status) => Statuses.FirstOrDefault(s => s.Value == status).Label ?? status;

    public static string RoleLabel(string role) => RoleLabels.FirstOrDefault(r => r.Value == role).Label ?? role;

    public async Task OnGetAsync() =>
        Accounts = await mediator.Send(new ListAccounts(User.AccountId(), Statut, Role, Recherche, PageNumber), HttpContext.RequestAborted);
}
