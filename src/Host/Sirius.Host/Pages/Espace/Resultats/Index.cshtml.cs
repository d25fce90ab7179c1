using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Host.Web.Exports;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Espace.Resultats;

/// <summary>
/// A CFA's results over the campaigns it picks: counters, one chart and table per question, published testimonies
/// (with the establishment's reply to each, or a form to write it), exports.
/// </summary>
[EnableRateLimiting(RateLimits.Replies)]
public sealed class ResultatsModel(IMediator mediator) : FormPage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "campagnes")]
    public List<Guid> CampaignIds { get; set; } = [];

    public IReadOnlyList<CampaignRow> Choices { get; private set; } = [];

    public CampaignResults Results { get; private set; } = null!;

    public CampaignTestimonies Testimonies { get; private set; } = null!;

    /// <summary>The campaigns' distributions beside their région's and the country's, where every group is large enough.</summary>
    public Benchmark? Benchmark { get; private set; }

    public IReadOnlyList<DataTable> BenchmarkTables { get; private set; } = [];

    /// <summary>The name of the région the campaigns are compared with.</summary>
    public string RegionName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var loaded = await LoadAsync();
        if (loaded is not null)
        {
            return loaded;
        }

        Choices = await Mediator.Send(new ListCampaigns(User.AccountId()), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return BadRequest();
        }

        var loaded = await LoadAsync();
        if (loaded is not null)
        {
            return loaded;
        }

        var tables = ExportTables();
        var name = $"resultats-sirius-{DateTime.UtcNow:yyyy-MM-dd}.{format}";
        return format == "csv"
            ? File(CsvExport.Write(tables), CsvExport.ContentType, name)
            : File(XlsxExport.Write(tables), XlsxExport.ContentType, name);
    }

    [TempData]
    public string? Message { get; set; }

    /// <summary>
    /// Replies to a published testimony. The SIRETs the actor may act for come from the accounts' scope: Testimonies
    /// checks the testimony is of one of them. Someone else's testimony is 403, an unpublished one 404.
    /// </summary>
    public async Task<IActionResult> OnPostRepondreAsync(Guid temoignage, string? reponse)
    {
        var scope = await Mediator.Send(new GetActorScope(User.AccountId()), HttpContext.RequestAborted);
        if (await TrySendAsync(new ReplyToTestimony(User.AccountId(), scope?.Sirets ?? [], temoignage, reponse ?? "")) is not null)
        {
            Message = "Votre réponse est enregistrée : elle sera publiée à côté du témoignage après modération.";
            return Redirect($"/espace/resultats?{string.Join("&", CampaignIds.Select(id => "campagnes=" + id))}#t-{temoignage}");
        }

        switch (Refusal?.Kind)
        {
            case ErrorKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ErrorKind.NotFound:
                return NotFound();
            default:
                ReplyingTo = temoignage;
                return await OnGetAsync();
        }
    }

    /// <summary>The testimony being answered when the reply was refused (its form shows the error).</summary>
    public Guid? ReplyingTo { get; private set; }

    public bool IsSelected(Guid id) => CampaignIds.Contains(id);

    public static string Percent(int count, int total) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0", CultureInfo.GetCultureInfo("fr-FR")) + "\u202F%";

    /// <summary>From the first campaign's start to the last one's end, as « du 1 septembre 2026 au 30 juin 2027 ».</summary>
    public string? Period => Results.Campaigns.Count == 0
        ? null
        : $"du {Results.Campaigns.Min(c => c.StartDate).ToString("d MMMM yyyy", French)} au {Results.Campaigns.Max(c => c.EndDate).ToString("d MMMM yyyy", French)}";

    /// <summary>The anchor of a category's heading, for the table of contents.</summary>
    public static string CategoryId(string category) =>
        "categorie-" + string.Concat(category.Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>How many free texts a question received, and how many of them are published testimonies.</summary>
    public string WrittenLabel(string questionKey)
    {
        if (Testimonies.Masked)
        {
            return "Nombre de réponses écrites non communiqué, pour préserver l’anonymat";
        }

        var written = Testimonies.Written?.GetValueOrDefault(questionKey) ?? 0;
        var published = TestimoniesOf(questionKey).Count();
        return $"{written} réponse(s) écrite(s) à cette question, dont {published} publiée(s) après modération";
    }

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The share in percent with a dot, for the chart (empty without respondents).</summary>
    public static string Share(int count, int total) =>
        total == 0 ? "" : (100.0 * count / total).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Duration(int? seconds) =>
        seconds is not { } s ? "–" : s < 60 ? $"{s} s" : $"{s / 60} min {s % 60:00} s";

    public IEnumerable<CampaignTestimony> TestimoniesOf(string questionKey) => Testimonies.Items.Where(t => t.QuestionKey == questionKey);

    private async Task<IActionResult?> LoadAsync()
    {
        var results = await Mediator.Send(new GetCampaignResults(User.AccountId(), CampaignIds), HttpContext.RequestAborted);
        if (!results.IsSuccess)
        {
            return results.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        }

        Results = results.Value;
        var ids = Results.Campaigns.Select(c => c.Id).ToList();
        Testimonies = await Mediator.Send(new GetCampaignTestimonies(ids, Results.Responses), HttpContext.RequestAborted);
        Benchmark = await Mediator.Send(new GetBenchmark(User.AccountId(), ids), HttpContext.RequestAborted);
        BenchmarkTables = Benchmark?.Questions.Select(Comparison).ToList() ?? [];
        if (Benchmark is not null)
        {
            RegionName = (await Mediator.Send(new GetReferenceNames(), HttpContext.RequestAborted)).Region(Benchmark.RegionCode);
        }

        return null;
    }

    private static DataTable Comparison(BenchmarkQuestion question)
    {
        var (own, region, national) = (question.Respondents[0], question.Respondents[1], question.Respondents[2]);
        return new DataTable(
            "comparaison-" + question.QuestionKey.Replace('.', '-') + (question.ItemKey.Length > 0 ? "-" + question.ItemKey.Replace('.', '-') : ""),
            "Comparaison – « " + question.QuestionLabel + " »" + (question.ItemKey.Length > 0 ? " – « " + question.ItemLabel + " »" : ""),
            ["Réponse", "Vos campagnes (%)", "Votre région (%)", "France (%)"],
            question.Own.Select(v => (IReadOnlyList<object?>)
            [
                v.Label,
                Part(v.Responses, own),
                Part(question.Region.FirstOrDefault(r => r.Value == v.Value)?.Responses ?? 0, region),
                Part(question.National.FirstOrDefault(n => n.Value == v.Value)?.Responses ?? 0, national),
            ]).ToList(),
            "bar");
    }

    private static double Part(long count, long total) => total == 0 ? 0 : Math.Round(100.0 * count / total, 1);

    /// <summary>Why figures are withheld, in the number of responses the threshold asks for.</summary>
    public string AnonymityNotice => Web.AnonymityNotice.For(Results.AnonymityThreshold);

    /// <summary>Withheld figures are empty cells, each withheld question or list a line saying why.</summary>
    private List<DataTable> ExportTables() =>
    [
        new("synthese", "Synthèse", ["Indicateur", "Valeur"],
        [
            ["Campagnes", Results.Campaigns.Count],
            ["Réponses", Results.Responses],
            ["Durée médiane (secondes)", Results.MedianSeconds],
            ["Part des réponses avec un texte libre", Results.FreeTextRate is { } rate ? Math.Round(rate, 3) : null],
            ["Témoignages publiés", Testimonies.Masked ? null : Testimonies.Published],
            .. Results.Masked ? [(IReadOnlyList<object?>)["Anonymat", AnonymityNotice]] : Array.Empty<IReadOnlyList<object?>>(),
        ]),
        new("reponses", "Réponses", ["Clé", "Question", "Élément", "Réponse", "Nombre", "Répondants à la question"],
            Results.Questions.SelectMany(q => q.Masked
                ? [[q.Key, q.Label, null, AnonymityNotice, null, q.Respondents]]
                : q.Rows.Select(r => (IReadOnlyList<object?>)[q.Key, q.Label, r.ItemLabel, r.ValueLabel, r.Count, q.Respondents])).ToList()),
        new("temoignages", "Témoignages publiés", ["Question", "Témoignage", "Pépite", "Publié le"],
            Testimonies.Masked
                ? [[null, AnonymityNotice, null, null]]
                : Testimonies.Items.Select(t => (IReadOnlyList<object?>)[t.Question, t.Text, t.IsGem ? "oui" : "non", t.PublishedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]).ToList()),
        .. BenchmarkTables,
    ];
}
