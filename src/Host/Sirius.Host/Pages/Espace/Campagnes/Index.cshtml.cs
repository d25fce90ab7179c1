using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web;
using Sirius.Host.Web.SharingKit;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Espace.Campagnes;

/// <summary>
/// The CFA's campaigns: a table to read, and for one campaign at a time a form to edit it (« Modifier ») or a request to
/// confirm its deletion (« Supprimer »), both plain links and forms that work without JavaScript.
/// </summary>
public sealed class CampagnesModel(IMediator mediator, CampaignLinks links) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public string? Etablissement { get; set; }

    [BindProperty(SupportsGet = true, Name = "diplome")]
    public string? Diplome { get; set; }

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    /// <summary>The campaign whose edit form is shown (<c>?modifier=</c>, or just posted with errors).</summary>
    [BindProperty(SupportsGet = true, Name = "modifier")]
    public Guid? EditedId { get; set; }

    /// <summary>The campaign whose deletion is to be confirmed (<c>?supprimer=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "supprimer")]
    public Guid? DeletedId { get; set; }

    public CampaignRow? Edited => Campaigns.FirstOrDefault(c => c.Id == EditedId);

    public CampaignRow? Deleted => Campaigns.FirstOrDefault(c => c.Id == DeletedId);

    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    public IReadOnlyList<(string Siret, string Name)> Establishments { get; private set; } = [];

    public IReadOnlyList<string> Diplomas { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string PublicLink(CampaignRow row) => links.For(Request, row.Token);

    /// <summary>The table; a campaign named in <c>?modifier=</c> or <c>?supprimer=</c> that is not the CFA's own is not found.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return EditedId is not null && Edited is null || DeletedId is not null && Deleted is null ? NotFound() : Page();
    }

    private async Task LoadAsync()
    {
        var all = await Mediator.Send(new ListCampaigns(User.AccountId()), HttpContext.RequestAborted);
        Establishments = all.Select(c => (c.Siret, c.EstablishmentName)).Distinct().OrderBy(e => e.EstablishmentName).ToList();
        Diplomas = all.Select(c => c.Diploma).Distinct().Order().ToList();
        Campaigns = all.Where(c => (string.IsNullOrEmpty(Etablissement) || c.Siret == Etablissement)
                                   && (string.IsNullOrEmpty(Diplome) || c.Diploma == Diplome) || c.Id == EditedId || c.Id == DeletedId).ToList();
        if (Edited is { } edited && Request.Method == HttpMethods.Get)
        {
            Input = new CampaignInput
            {
                Name = edited.Name, StartDate = FormDates.Format(edited.StartDate), EndDate = FormDates.Format(edited.EndDate), Seats = edited.Seats,
            };
        }
    }

    /// <summary>This page with the current filters and, optionally, one campaign's edit form or deletion request.</summary>
    public string Link(string? action = null, Guid? campaign = null)
    {
        var query = new Dictionary<string, string?> { ["etablissement"] = Etablissement, ["diplome"] = Diplome };
        if (action is not null)
        {
            query[action] = campaign?.ToString();
        }

        return Request.Path + QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }

    public async Task<IActionResult> OnPostModifierAsync(Guid campagne)
    {
        if (!await IsOwnAsync(campagne))
        {
            return NotFound();
        }

        var start = FormDates.Parse(Input.StartDate);
        var end = FormDates.Parse(Input.EndDate);
        if (start is null)
        {
            ModelState.AddModelError("Input.StartDate", "Indiquez une date de début valide.");
        }

        if (end is null)
        {
            ModelState.AddModelError("Input.EndDate", "Indiquez une date de fin valide.");
        }
        else if (end < FormDates.Today)
        {
            ModelState.AddModelError("Input.EndDate", "La date de fin est passée : choisissez aujourd’hui ou une date à venir.");
        }

        if (ModelState.IsValid && await TrySendAsync(new UpdateCampaign(User.AccountId(), campagne, Input.Name ?? "", start!.Value, end!.Value, Input.Seats)))
        {
            Message = "Campagne modifiée.";
            return RedirectToPage(new { etablissement = Etablissement, diplome = Diplome });
        }

        EditedId = campagne;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid campagne)
    {
        if (!await IsOwnAsync(campagne))
        {
            return NotFound();
        }

        if (await TrySendAsync(new DeleteCampaign(User.AccountId(), campagne)))
        {
            Message = "Campagne supprimée.";
            return RedirectToPage(new { etablissement = Etablissement, diplome = Diplome });
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Another CFA's campaign (or none) is not found: the form says nothing about it, not even that it exists.</summary>
    private async Task<bool> IsOwnAsync(Guid campagne) =>
        (await Mediator.Send(new ListCampaigns(User.AccountId()), HttpContext.RequestAborted)).Any(c => c.Id == campagne);

    /// <summary>One campaign's sharing kit, from the link on its row.</summary>
    public Task<IActionResult> OnGetKitAsync(string[] campagne) => KitAsync(campagne);

    /// <summary>The sharing kit of the campaigns checked in the table (a form post: no limit on how many).</summary>
    public Task<IActionResult> OnPostKitAsync(string[] campagne) => KitAsync(campagne);

    private async Task<IActionResult> KitAsync(string[] campagne)
    {
        var ids = new List<Guid>();
        foreach (var value in campagne)
        {
            if (!Guid.TryParse(value, out var id))
            {
                return NotFound();
            }

            ids.Add(id);
        }

        if (ids.Count == 0)
        {
            ModelState.AddModelError("", "Cochez au moins une campagne pour télécharger son kit de partage.");
            await LoadAsync();
            return Page();
        }

        var campaigns = await Mediator.Send(new GetCampaignSharing(User.AccountId(), ids), HttpContext.RequestAborted);
        if (campaigns.Count != ids.Distinct().Count())
        {
            return NotFound();
        }

        var pdf = SharingKitPdf.Render(campaigns, c => links.For(Request, c.Token));
        var fileName = campaigns.Count == 1 ? $"kit-partage-{Slug(campaigns[0].Name)}.pdf" : $"kit-partage-{campaigns.Count}-campagnes.pdf";
        return File(pdf, "application/pdf", fileName);
    }

    /// <summary>An ASCII file name part: accents dropped, anything else but letters and digits turned into dashes.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-') is { Length: > 0 } result ? result : "campagne";
    }

    public sealed class CampaignInput
    {
        public string? Name { get; set; }

        public string? StartDate { get; set; }

        public string? EndDate { get; set; }

        public int Seats { get; set; }
    }
}
