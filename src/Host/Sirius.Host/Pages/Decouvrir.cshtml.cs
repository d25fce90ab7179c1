using System.Text.RegularExpressions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Establishments.Contracts;
using Sirius.Host.Pages.Widget;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages;

/// <summary>
/// Discovery for young people, families and counsellors: a commune, a distance and a diploma level give the
/// formations with published testimonies nearby, nearest first. A plain GET form: it works without JavaScript
/// (a name that fits several communes gets a list to choose from); with it, the commune field suggests names.
/// </summary>
public sealed partial class DecouvrirModel(IMediator mediator) : PageModel
{
    public const int PageSize = 10;

    public static IReadOnlyList<(int Km, string Label)> Distances { get; } = [(10, "10 km"), (20, "20 km"), (30, "30 km"), (50, "50 km"), (100, "100 km")];

    public static IReadOnlyList<(int Level, string Label)> Levels { get; } =
    [
        (3, "Niveau 3 : CAP, CAP agricole"),
        (4, "Niveau 4 : bac pro, brevet professionnel"),
        (5, "Niveau 5 : BTS, BTSA"),
        (6, "Niveau 6 : BUT, licence pro"),
        (7, "Niveau 7 : master, diplôme d’ingénieur"),
    ];

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "distance")]
    public int Distance { get; set; } = 30;

    [BindProperty(SupportsGet = true, Name = "niveau")]
    public int? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? CommuneError { get; private set; }

    /// <summary>Communes that fit the name typed, when it fits several.</summary>
    public IReadOnlyList<CommuneSummary> Choices { get; private set; } = [];

    public CommuneSummary? Origin { get; private set; }

    public NearbyFormations? Results { get; private set; }

    public int PageCount => Results is null ? 0 : Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Distance = Distances.Any(d => d.Km == Distance) ? Distance : 30;
        Level = Levels.Any(l => l.Level == Level) ? Level : null;
        PageNumber = Math.Clamp(PageNumber, 1, NearbyLimits.MaxPage);
        if (string.IsNullOrWhiteSpace(Commune) && string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        Origin = await ResolveCommuneAsync();
        if (Origin is null)
        {
            return;
        }

        Commune = Label(Origin);
        var result = await mediator.Send(
            new FindNearbyFormations(null, null, Origin.Code, Distance, Level, null, PageNumber, PageSize), HttpContext.RequestAborted);
        Results = result.IsSuccess ? result.Value : null;
    }

    /// <summary>« Lyon (69001) », as the suggestions show a commune.</summary>
    public static string Label(CommuneSummary commune) => $"{commune.Name} ({commune.PostalCode})";

    public string Link(int page, CommuneSummary? commune = null) =>
        $"/decouvrir?commune={Uri.EscapeDataString(Label(commune ?? Origin!))}&code={(commune ?? Origin)!.Code}&distance={Distance}"
        + (Level is null ? "" : $"&niveau={Level}") + (page > 1 ? $"&p={page}" : "");

    /// <summary>
    /// The formation's testimonies (the widget page), with the way back to this page of results, through the redirect
    /// that counts the click (<see cref="Web.Impact.ImpactCounting.MapDiscoveryClicks"/>).
    /// </summary>
    public string TestimoniesLink(NearbyFormation item, int page) =>
        Web.Impact.ImpactCounting.DiscoveryPath + "?vers=" + Uri.EscapeDataString(WidgetLink(item, page));

    private string WidgetLink(NearbyFormation item, int page) =>
        item.WidgetPath + (item.WidgetPath.Contains('?', StringComparison.Ordinal) ? "&" : "?") + WidgetModel.BackParameter + "=" + Uri.EscapeDataString(Link(page));

    private async Task<CommuneSummary?> ResolveCommuneAsync()
    {
        if (!string.IsNullOrWhiteSpace(Code) && await mediator.Send(new FindCommune(Code), HttpContext.RequestAborted) is { } byCode
            && (string.IsNullOrWhiteSpace(Commune) || Commune == Label(byCode)))
        {
            return byCode;
        }

        var text = (Commune ?? "").Trim();
        var labelled = WithPostalCode().Match(text);
        var name = labelled.Success ? labelled.Groups["name"].Value : text;
        var found = await mediator.Send(new SearchCommunes(name, 20), HttpContext.RequestAborted);
        if (labelled.Success)
        {
            found = found.Where(c => c.PostalCode == labelled.Groups["postal"].Value).ToList();
        }

        var exact = found.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == 1 || exact.Count == 1)
        {
            return exact.Count == 1 ? exact[0] : found[0];
        }

        if (found.Count == 0)
        {
            CommuneError = $"Aucune commune ne correspond à « {text} ». Vérifiez l’orthographe ou saisissez le code postal.";
        }
        else
        {
            Choices = found;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<postal>[0-9]{5})\)$")]
    private static partial Regex WithPostalCode();
}
