using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class InscriptionModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var representsCfa = Input.Profile != "autre";
        var sirets = (Input.Sirets ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Replace(" ", "", StringComparison.Ordinal)).ToList();
        var command = new SignUp(Input.FirstName ?? "", Input.LastName ?? "", Input.Email ?? "", Input.Password ?? "", representsCfa, sirets, Input.Comment);
        return await TrySendAsync(command) ? RedirectToPage("/Compte/InscriptionEnvoyee") : Page();
    }

    public sealed class SignUpInput
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? Profile { get; set; } = "cfa";

        public string? Sirets { get; set; }

        public string? Comment { get; set; }
    }
}
