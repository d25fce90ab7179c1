using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Espace.Campagnes;

/// <summary>
/// A campaign's apprentices invited personally: the roster upload (CSV or XLSX), the import from a national file of
/// apprenticeship contracts, their reports, and the invitation-only option.
/// </summary>
[EnableRateLimiting(RateLimits.Rosters)]
[RequestSizeLimit(MaxContractsFileBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxContractsFileBytes + (64 * 1024))]
public sealed class ApprentisModel(IMediator mediator) : FormPage(mediator)
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>A national contracts file covers many CFAs: it may be larger than a roster.</summary>
    public const long MaxContractsFileBytes = 10 * 1024 * 1024;

    public RosterView Roster { get; private set; } = null!;

    /// <summary>The report of a refused upload, shown under its form (<see cref="ReportField"/>).</summary>
    public RosterImportReport? Report { get; private set; }

    /// <summary>« fichier » (roster) or « contrats » (contracts file): the form the report belongs to.</summary>
    public string? ReportField { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>The line just removed (id, first name, last name, address, one per line), for the undo button.</summary>
    [TempData]
    public string? Removed { get; set; }

    /// <summary>The line whose removal is asked, shown for confirmation.</summary>
    public RosterEntryView? ToRemove { get; private set; }

    public RemovedRosterEntry? Undo { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid campagne, Guid? retirer)
    {
        if (!await LoadAsync(campagne))
        {
            return NotFound();
        }

        ToRemove = retirer is { } id ? Roster.Entries.FirstOrDefault(e => e.Id == id && e.Email is not null) : null;
        if (Removed?.Split('\n') is [var entry, var firstName, var lastName, var email] && Guid.TryParse(entry, out var entryId))
        {
            Undo = new RemovedRosterEntry(entryId, firstName, lastName, email);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid campagne, Guid ligne)
    {
        var removed = await Mediator.Send(new RemoveRosterEntry(User.AccountId(), campagne, ligne), HttpContext.RequestAborted);
        if (!removed.IsSuccess)
        {
            return NotFound();
        }

        var line = removed.Value;
        Message = $"{line.FirstName} {line.LastName} a été retiré(e) de la liste : plus aucun message ne lui sera envoyé et son lien personnel ne fonctionne plus.";
        Removed = string.Join('\n', line.EntryId, line.FirstName, line.LastName, line.Email);
        return RedirectToPage(new { campagne });
    }

    public async Task<IActionResult> OnPostAnnulerRetraitAsync(Guid campagne, Guid ligne, string? prenom, string? nom, string? courriel)
    {
        if (!await LoadAsync(campagne))
        {
            return NotFound();
        }

        var restored = await Mediator.Send(new RestoreRosterEntry(User.AccountId(), campagne, ligne, prenom ?? "", nom ?? "", courriel ?? ""), HttpContext.RequestAborted);
        Message = restored.IsSuccess ? $"{prenom} {nom} est de nouveau sur la liste." : restored.Error!.Message;
        return RedirectToPage(new { campagne });
    }

    /// <summary>The file to fill in: the header and one example line, as French spreadsheets open CSV.</summary>
    public async Task<IActionResult> OnGetModeleAsync(Guid campagne) => await LoadAsync(campagne)
        ? Csv("prenom;nom;courriel\r\nCamille;Martin;camille.martin@example.fr\r\n", "modele-liste-apprentis.csv")
        : NotFound();

    /// <summary>The contracts file's shape, with one example contract of this campaign (its CFD, SIRET, and a period that overlaps it).</summary>
    public async Task<IActionResult> OnGetModeleContratsAsync(Guid campagne) => await LoadAsync(campagne)
        ? Csv(
            "cfd;siret;courriel;date_debut;date_fin;prenom;nom\r\n"
            + $"{Roster.Cfd};{Roster.Siret};camille.martin@example.fr;{Day(Roster.StartDate.AddMonths(-6))};{Day(Roster.EndDate.AddYears(1))};Camille;Martin\r\n",
            "modele-contrats-apprentissage.csv")
        : NotFound();

    public async Task<IActionResult> OnPostImporterAsync(Guid campagne, IFormFile? fichier) => await ImportAsync(
        campagne,
        fichier,
        "fichier",
        MaxFileBytes,
        "Choisissez le fichier de la liste des apprentis (CSV ou XLSX).",
        content => new ImportRoster(User.AccountId(), campagne, fichier!.FileName, content),
        report => $"{report.Imported} apprenti(s) ajouté(s) à la liste.");

    public async Task<IActionResult> OnPostContratsAsync(Guid campagne, IFormFile? contrats) => await ImportAsync(
        campagne,
        contrats,
        "contrats",
        MaxContractsFileBytes,
        "Choisissez le fichier des contrats d’apprentissage (CSV ou XLSX).",
        content => new ImportContracts(User.AccountId(), campagne, contrats!.FileName, content),
        report => $"{report.Imported} apprenti(s) ajouté(s) à la liste depuis le fichier de contrats ; {report.Ignored} ligne(s) ignorée(s) (autre formation, autre établissement ou contrat hors de la période de la campagne).");

    /// <summary>Both uploads: the file checked, the import sent, its refusal or report beside the field <paramref name="field"/>.</summary>
    private async Task<IActionResult> ImportAsync(
        Guid campagne,
        IFormFile? file,
        string field,
        long maxBytes,
        string missing,
        Func<Stream, ICommand<Result<RosterImportReport>>> command,
        Func<RosterImportReport, string> imported)
    {
        if (!await LoadAsync(campagne))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(field, missing);
            return Page();
        }

        if (file.Length > maxBytes)
        {
            ModelState.AddModelError(field, $"Le fichier dépasse {maxBytes / 1024 / 1024} Mo.");
            return Page();
        }

        await using var content = file.OpenReadStream();
        var result = await Mediator.Send(command(content), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(field, result.Error!.Message);
            return Page();
        }

        if (result.Value.Imported == 0)
        {
            (Report, ReportField) = (result.Value, field);
            ModelState.AddModelError(field, $"Aucun apprenti n’a été importé : {Report.Rejections.Count} ligne(s) à corriger (détail ci-dessous), puis importez de nouveau le fichier entier.");
            return Page();
        }

        Message = imported(result.Value) + " Leurs invitations partiront dans les prochaines minutes si la campagne est ouverte.";
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

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private FileContentResult Csv(string text, string name) =>
        File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv; charset=utf-8", name);

    private async Task<bool> LoadAsync(Guid campagne)
    {
        Roster = (await Mediator.Send(new GetRoster(User.AccountId(), campagne), HttpContext.RequestAborted))!;
        return Roster is not null;
    }
}
