using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Pages.Espace.Campagnes;

public sealed class NouvellesModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "diplome")]
    public string? Diplome { get; set; }

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<FormationChoice> Formations { get; private set; } = [];

    public IReadOnlyList<string> Diplomas { get; private set; } = [];

    public IReadOnlyList<VersionChoice> Versions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public FormationChoice? Formation(string? key) => Formations.FirstOrDefault(f => f.Key == key);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var today = FormDates.Today;
        Input.VersionId = Versions.FirstOrDefault()?.Id;
        Input.Rows = Formations.Select(f => new RowInput
        {
            Key = f.Key,
            Name = f.Title,
            StartDate = FormDates.Format(today),
            EndDate = FormDates.Format(today.AddMonths(2)),
            Seats = 0,
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var commonEnd = FormDates.Parse(Input.CommonEndDate);
        var wanted = new List<NewCampaign>();
        foreach (var row in Input.Rows.Where(r => r.Selected))
        {
            var start = FormDates.Parse(row.StartDate);
            var end = commonEnd ?? FormDates.Parse(row.EndDate);
            if (start is null || end is null)
            {
                ModelState.AddModelError("Input.Rows", $"{row.Name} : indiquez des dates de début et de fin valides.");
                continue;
            }

            wanted.Add(new NewCampaign(row.Key ?? "", row.Name ?? "", start.Value, end.Value, row.Seats, Input.VersionId ?? Guid.Empty));
        }

        if (ModelState.IsValid && await TrySendAsync(new CreateCampaigns(User.AccountId(), wanted)) is { } created)
        {
            Message = created.Value == 1 ? "1 campagne créée." : $"{created.Value} campagnes créées.";
            return Redirect("/espace/campagnes");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var all = await Mediator.Send(new ListCampaignFormations(User.AccountId()), HttpContext.RequestAborted);
        Diplomas = all.Select(f => f.Diploma).Distinct().Order().ToList();
        Formations = string.IsNullOrWhiteSpace(Diplome) && string.IsNullOrWhiteSpace(Recherche)
            ? all
            : await Mediator.Send(new ListCampaignFormations(User.AccountId(), Diplome, Recherche), HttpContext.RequestAborted);
        Versions = await Mediator.Send(new ListUsableVersions(User.AccountId()), HttpContext.RequestAborted);
    }

    public sealed class CreateInput
    {
        public Guid? VersionId { get; set; }

        public string? CommonEndDate { get; set; }

        public IList<RowInput> Rows { get; set; } = [];
    }

    public sealed class RowInput
    {
        public string? Key { get; set; }

        public bool Selected { get; set; }

        public string? Name { get; set; }

        public string? StartDate { get; set; }

        public string? EndDate { get; set; }

        public int Seats { get; set; }
    }
}
