using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Espace.Campagnes;

public sealed class CampagnesModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public string? Etablissement { get; set; }

    [BindProperty(SupportsGet = true, Name = "diplome")]
    public string? Diplome { get; set; }

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    /// <summary>The campaign whose row was just posted with errors.</summary>
    public Guid? EditedId { get; private set; }

    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    public IReadOnlyList<(string Siret, string Name)> Establishments { get; private set; } = [];

    public IReadOnlyList<string> Diplomas { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string PublicLink(CampaignRow row) => $"{Request.Scheme}://{Request.Host}/q/{row.Token}";

    public async Task OnGetAsync()
    {
        var all = await Mediator.Send(new ListCampaigns(User.AccountId()), HttpContext.RequestAborted);
        Establishments = all.Select(c => (c.Siret, c.EstablishmentName)).Distinct().OrderBy(e => e.EstablishmentName).ToList();
        Diplomas = all.Select(c => c.Diploma).Distinct().Order().ToList();
        Campaigns = all.Where(c => (string.IsNullOrEmpty(Etablissement) || c.Siret == Etablissement)
                                   && (string.IsNullOrEmpty(Diplome) || c.Diploma == Diplome)).ToList();
    }

    public async Task<IActionResult> OnPostModifierAsync(Guid campagne)
    {
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

        if (ModelState.IsValid && await TrySendAsync(new UpdateCampaign(User.AccountId(), campagne, Input.Name ?? "", start!.Value, end!.Value, Input.Seats)))
        {
            Message = "Campagne modifiée.";
            return RedirectToPage(new { etablissement = Etablissement, diplome = Diplome });
        }

        EditedId = campagne;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid campagne)
    {
        if (await TrySendAsync(new DeleteCampaign(User.AccountId(), campagne)))
        {
            Message = "Campagne supprimée.";
            return RedirectToPage(new { etablissement = Etablissement, diplome = Diplome });
        }

        await OnGetAsync();
        return Page();
    }

    public sealed class CampaignInput
    {
        public string? Name { get; set; }

        public string? StartDate { get; set; }

        public string? EndDate { get; set; }

        public int Seats { get; set; }
    }
}
