using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Admin.Etablissements;

/// <summary>
/// One row per establishment: campaigns, responses and verbatims by moderation status, put together from each module's
/// own read side; filtered, searched, totalled and exported. An establishment below the anonymity threshold shows its
/// counts of campaigns and responses, not its verbatims (which its own module withholds), and the verbatim totals add up
/// the establishments shown only, so that no withheld row can be recomputed from them.
/// </summary>
public sealed class SuiviModel(IMediator mediator, AnonymityThreshold threshold) : PageModel
{
    public const int PageSize = 50;

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

    /// <summary>The régions of the establishments, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public IReadOnlyList<FollowUpRow> Filtered { get; private set; } = [];

    public IEnumerable<FollowUpRow> PageRows => Filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    public int PageCount => Math.Max(1, (Filtered.Count + PageSize - 1) / PageSize);

    public FollowUpRow Totals => new(
        "", "Total", "", "", "", Filtered.Sum(r => r.Campaigns), Filtered.Sum(r => r.Responses),
        ModerationStatuses.All.Select((_, i) => Filtered.Sum(r => r.Verbatims?[i] ?? 0)).ToList());

    /// <summary>Some selected establishment's verbatims are withheld.</summary>
    public bool AnyMasked => Filtered.Any(r => r.Verbatims is null);

    public string AnonymityNotice => Web.AnonymityNotice.For(threshold.Value);

    /// <summary>The filters as a query string, for paging and export links.</summary>
    public string Query(int? page = null, string? handler = null, string? format = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["campagnes"] = Campagnes, ["reponses"] = Reponses, ["region"] = Region, ["recherche"] = Recherche,
            ["p"] = page?.ToString(CultureInfo.InvariantCulture), ["handler"] = handler, ["format"] = format,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        return DataTableExport.File(ExportTable(), format, "suivi-etablissements") is { } file ? file : BadRequest();
    }

    private async Task<bool> LoadAsync()
    {
        var actor = User.AccountId();
        var cancellationToken = HttpContext.RequestAborted;
        if (await mediator.Send(new ListEstablishments(actor), cancellationToken) is not { } establishments
            || await mediator.Send(new GetActivityBySiret(actor), cancellationToken) is not { } activity
            || await mediator.Send(new GetVerbatimCountsBySiret(actor), cancellationToken) is not { } verbatims)
        {
            return false;
        }

        var names = await mediator.Send(new GetReferenceNames(), cancellationToken);
        var activityBySiret = activity.ToDictionary(a => a.Code);
        var rows = establishments.Select(e =>
        {
            var done = activityBySiret.GetValueOrDefault(e.Siret);
            var counts = verbatims.GetValueOrDefault(e.Siret);
            return new FollowUpRow(
                e.Siret, e.Name, e.Commune, e.RegionCode, e.RegionCode.Length == 0 ? "" : names.Region(e.RegionCode), done?.Campaigns ?? 0, done?.Responses ?? 0,
                done is { Masked: true } ? null : ModerationStatuses.All.Select(s => counts?.FirstOrDefault(c => c.Status == s.Value)?.Count ?? 0).ToList());
        }).ToList();

        Regions = rows.Where(r => r.Region.Length > 0).Select(r => (r.Region, r.RegionName)).Distinct()
            .OrderBy(r => r.RegionName, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ToList();
        var search = Recherche?.Trim();
        Filtered = rows
            .Where(r => Campagnes switch { "avec" => r.Campaigns > 0, "sans" => r.Campaigns == 0, _ => true })
            .Where(r => Reponses switch { "avec" => r.Responses > 0, "sans" => r.Responses == 0, _ => true })
            .Where(r => string.IsNullOrEmpty(Region) || r.Region == Region)
            .Where(r => string.IsNullOrEmpty(search)
                || r.Siret.Contains(search, StringComparison.Ordinal)
                || Matches(r.Name, search)
                || Matches(r.Commune, search))
            .ToList();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        return true;
    }

    /// <summary>« ecole » finds « École »: case and accents ignored, as a person types a search.</summary>
    private static bool Matches(string text, string search) =>
        French.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    private DataTable ExportTable() =>
        new("etablissements", "Suivi des établissements",
            ["SIRET", "Établissement", "Commune", "Région", "Campagnes", "Réponses", "Verbatims", .. ModerationStatuses.All.Select(s => "Verbatims – " + s.Label)],
            Filtered.Append(Totals).Select(r => (IReadOnlyList<object?>)
                [r.Siret, r.Name, r.Commune, r.RegionName, r.Campaigns, r.Responses, r.VerbatimTotal, .. r.VerbatimCells.Cast<object?>()]).ToList());
}

/// <param name="Verbatims">Per moderation status, in the order of <see cref="ModerationStatuses.All"/>; null below the anonymity threshold.</param>
public sealed record FollowUpRow(string Siret, string Name, string Commune, string Region, string RegionName, int Campaigns, long Responses, IReadOnlyList<int>? Verbatims)
{
    public int? VerbatimTotal => Verbatims?.Sum();

    /// <summary>One cell per moderation status, empty ones where the verbatims are withheld.</summary>
    public IEnumerable<int?> VerbatimCells => Verbatims?.Select(v => (int?)v) ?? ModerationStatuses.All.Select(_ => (int?)null);
}
