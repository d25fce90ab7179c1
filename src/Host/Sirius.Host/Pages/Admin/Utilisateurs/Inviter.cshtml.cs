using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Admin.Utilisateurs;

/// <summary>An administrator invites an observer (a regional or national pilot): the account and its scope, then an e-mail.</summary>
public sealed class InviterModel(IMediator mediator) : FormPage(mediator)
{
    public const string National = ScopeKinds.National;

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    /// <summary>The scopes offered: national, then each région by name.</summary>
    public IReadOnlyList<(string Value, string Label)> Scopes { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadScopesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (kind, codes) = Input.Scope == National ? (ScopeKinds.National, "") : (ScopeKinds.Region, Input.Scope ?? "");
        var invited = await TrySendAsync(new InviteObserver(User.AccountId(), Input.FirstName ?? "", Input.LastName ?? "", Input.Email ?? "", kind, codes));
        if (invited is { } account)
        {
            Message = $"Compte d’observation créé\u202F: une invitation est envoyée à {Input.Email?.Trim()}.";
            return RedirectToPage("Detail", new { id = account.Value });
        }

        await LoadScopesAsync();
        return Page();
    }

    private async Task LoadScopesAsync()
    {
        var names = await Mediator.Send(new GetReferenceNames(), HttpContext.RequestAborted);
        var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);
        Scopes = [(National, "National (toute la France)"), .. names.Regions.OrderBy(r => r.Value, french).Select(r => (r.Key, "Région " + r.Value))];
    }

    public sealed class InviteInput
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        /// <summary>« national » or a région's INSEE code.</summary>
        public string? Scope { get; set; } = National;
    }
}
