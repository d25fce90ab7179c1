using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Host.Web;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Admin.Etablissements;

/// <summary>The administrators' follow-up of establishments (<see cref="GetEstablishmentFollowUp"/>), a page at a time or exported whole.</summary>
public sealed class SuiviModel(IMediator mediator, AnonymityThreshold threshold) : PageModel
{
    public static readonly (string Value, string Label)[] Presence = [("avec", "Avec"), ("sans", "Sans")];

    [BindProperty(SupportsGet = true, Name = "campagnes")]
    public string? Campagnes { get; set; }

    [BindProperty(SupportsGet = true, Name = "reponses")]
    public string? Reponses { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public EstablishmentFollowUp FollowUp { get; private set; } = null!;

    public string AnonymityNotice => Web.AnonymityNotice.For(threshold.Value);

    /// <summary>The filters as a query string, for paging and export links.</summary>
    public string Query(int? page = null, string? handler = null, string? format = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["campagnes"] = Campagnes, ["reponses"] = Reponses, ["region"] = Region, ["recherche"] = Recherche,
            ["p"] = page?.ToString(CultureInfo.InvariantCulture), ["handler"] = handler, ["format"] = format,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary>One cell per moderation status, empty ones where the verbatims are withheld.</summary>
    public static IEnumerable<int?> Cells(IReadOnlyList<int>? verbatims) =>
        verbatims?.Select(v => (int?)v) ?? ModerationStatuses.All.Select(_ => (int?)null);

    public async Task<IActionResult> OnGetAsync()
    {
        FollowUp = await SendAsync(PageNumber);
        PageNumber = FollowUp.Page;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        DataTableExport.File(ExportTable(await SendAsync(page: null)), format, "suivi-etablissements") is { } file ? file : BadRequest();

    private Task<EstablishmentFollowUp> SendAsync(int? page) =>
        mediator.Send(
            new GetEstablishmentFollowUp(User.AccountId(), Filter(Campagnes), Filter(Reponses), Region, Recherche, page),
            HttpContext.RequestAborted);

    private static ActivityFilter Filter(string? presence) =>
        presence switch { "avec" => ActivityFilter.With, "sans" => ActivityFilter.Without, _ => ActivityFilter.Any };

    private static DataTable ExportTable(EstablishmentFollowUp followUp) =>
        new("etablissements", "Suivi des établissements",
            ["SIRET", "Établissement", "Commune", "Région", "Campagnes", "Réponses", "Verbatims", .. ModerationStatuses.All.Select(s => "Verbatims – " + s.Label)],
            [
                .. followUp.Rows.Select(r => (IReadOnlyList<object?>)
                    [r.Siret, r.Name, r.Commune, r.RegionName, r.Campaigns, r.Responses, r.VerbatimTotal, .. Cells(r.Verbatims).Cast<object?>()]),
                ["", "Total", "", "", followUp.Totals.Campaigns, followUp.Totals.Responses, (int?)followUp.Totals.VerbatimTotal,
                    .. Cells(followUp.Totals.Verbatims).Cast<object?>()],
            ]);
}
