using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Establishments.Contracts;
using Sirius.Host.Web;

namespace Sirius.Host.Pages.Admin;

[RequestSizeLimit(MaxFileBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + (64 * 1024))]
public sealed class ReferentielModel(IMediator mediator) : PageModel
{
    private const long MaxFileBytes = 20 * 1024 * 1024;

    public CatalogueImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier)
    {
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez un fichier CSV du catalogue.");
            return Page();
        }

        if (fichier.Length > MaxFileBytes)
        {
            ModelState.AddModelError("fichier", "Le fichier dépasse 20 Mo.");
            return Page();
        }

        await using var content = fichier.OpenReadStream();
        Report = await mediator.Send(new UploadCatalogue(User.AccountId(), content), HttpContext.RequestAborted);
        return Page();
    }
}
