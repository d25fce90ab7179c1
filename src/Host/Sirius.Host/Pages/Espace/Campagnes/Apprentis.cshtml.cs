using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Espace.Campagnes;

/// <summary>A campaign's apprentices invited personally: the roster upload (CSV or XLSX), its report, the invitation-only option.</summary>
[EnableRateLimiting(RateLimits.Rosters)]
[RequestSizeLimit(MaxFileBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + (64 * 1024))]
public sealed class ApprentisModel(IMediator mediator) : FormPage(mediator)
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public RosterView Roster { get; private set; } = null!;

    public RosterImportReport? Report { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid campagne) => await LoadAsync(campagne) ? Page() : NotFound();

    /// <summary>The file to fill in: the header and one example line, as French spreadsheets open CSV.</summary>
    public async Task<IActionResult> OnGetModeleAsync(Guid campagne) => await LoadAsync(campagne)
        ? File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("prenom;nom;courriel\r\nCamille;Martin;camille.martin@example.fr\r\n")],
            "text/csv; charset=utf-8", "modele-liste-apprentis.csv")
        : NotFound();

    public async Task<IActionResult> OnPostImporterAsync(Guid campagne, IFormFile? fichier)
    {
        if (!await LoadAsync(campagne))
        {
            return NotFound();
        }

        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez le fichier de la liste des apprentis (CSV ou XLSX).");
            return Page();
        }

        if (fichier.Length > MaxFileBytes)
        {
            ModelState.AddModelError("fichier", "Le fichier dépasse 2 Mo.");
            return Page();
        }

        await using var content = fichier.OpenReadStream();
        var imported = await Mediator.Send(new ImportRoster(User.AccountId(), campagne, fichier.FileName, content), HttpContext.RequestAborted);
        if (!imported.IsSuccess)
        {
            ModelState.AddModelError("fichier", imported.Error!.Message);
            return Page();
        }

        if (imported.Value.Imported == 0)
        {
            Report = imported.Value;
            ModelState.AddModelError("fichier", $"Aucun apprenti n’a été importé : {Report.Rejections.Count} ligne(s) à corriger (détail ci-dessous), puis importez de nouveau le fichier entier.");
            return Page();
        }

        Message = $"{imported.Value.Imported} apprenti(s) ajouté(s) à la liste. Leurs invitations partiront dans les prochaines minutes si la campagne est ouverte.";
        return RedirectToPage(new { campagne });
    }

    public async Task<IActionResult> OnPostModeAsync(Guid campagne, bool invitationsSeules)
    {
        if (!await LoadAsync(campagne))
        {
            return NotFound();
        }

        if (await TrySendAsync(new SetPersonalInvitationsOnly(User.AccountId(), campagne, invitationsSeules)))
        {
            Message = invitationsSeules
                ? "Seules les invitations personnelles permettent désormais de répondre à cette campagne."
                : "Le lien public et le QR code de la campagne permettent de nouveau de répondre.";
            return RedirectToPage(new { campagne });
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid campagne)
    {
        Roster = (await Mediator.Send(new GetRoster(User.AccountId(), campagne), HttpContext.RequestAborted))!;
        return Roster is not null;
    }
}
