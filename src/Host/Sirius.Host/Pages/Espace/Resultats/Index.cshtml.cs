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

    /// <summary>How often the establishment's widgets were loaded and its testimonies read and found useful; null without a SIRET.</summary>
    public ImpactTotals? Impact { get; private set; }

    /// <summary>The first day of <see cref="Impact"/>'s period: the last 12 months.</summary>
    public DateOnly ImpactSince { get; private set; }

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
        var name = $"resultats-sirius-{DateTime.UtcNow:yyyy-MM-dd}";
        return format == "csv"
            ? File(CsvExport.Zip(tables), CsvExport.ZipContentType, name + ".zip")
            : File(XlsxExport.Write(tables), XlsxExport.ContentType, name + ".xlsx");
    }

    [TempData]
    public string? Message { get; set; }

    /// <summary>
    /// Replies to a published testimony: Testimonies checks it is of one of the actor's establishments. Someone else's
    /// testimony is 403, an unpublished one 404.
    /// </summary>
    public async Task<IActionResult> OnPostRepondreAsync(Guid temoignage, string? reponse)
    {
        if (await TrySendAsync(new ReplyToTestimony(User.AccountId(), temoignage, reponse ?? "")) is not null)
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
        Testimonies = await Mediator.Send(new GetCampaignTestimonies(User.AccountId(), ids, Results.Responses), HttpContext.RequestAborted);
        Benchmark = await Mediator.Send(new GetBenchmark(User.AccountId(), ids), HttpContext.RequestAborted);
        if (await Mediator.Send(new GetActorScope(User.AccountId()), HttpContext.RequestAborted) is { Sirets.Count: > 0 })
        {
            ImpactSince = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).AddDays(1);
            Impact = await Mediator.Send(new GetEstablishmentImpact(User.AccountId(), ImpactSince), HttpContext.RequestAborted);
        }

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

    /// <summary>
    /// The export: a summary, one table per question (numbered « Q01 – … » so that sheet names stay unique once cut to
    /// Excel's 31 characters), the published testimonies and the comparison. Withheld figures are empty cells, each
    /// withheld question or list a line saying why.
    /// </summary>
    private List<DataTable> ExportTables()
    {
        var questions = Results.Questions.Select((q, i) => (Number: $"Q{i + 1:00}", Question: q)).ToList();
        return
        [
            new("synthese", "Synthèse", ["Indicateur", "Valeur"],
            [
                ["Campagnes", string.Join(" ; ", Results.Campaigns.Select(c => c.Name))],
                ["Nombre de campagnes", Results.Campaigns.Count],
                .. Results.Campaigns.Count == 0
                    ? Array.Empty<IReadOnlyList<object?>>()
                    : [["Début de la période", Results.Campaigns.Min(c => c.StartDate)], ["Fin de la période", Results.Campaigns.Max(c => c.EndDate)]],
                ["Réponses", Results.Responses],
                ["Réponses vérifiées", Results.VerifiedResponses],
                ["Questionnaires commencés terminés", Results.CompletionRate is { } completion && !Results.Masked ? new Percentage(completion) : null],
                ["Durée médiane (secondes)", Results.MedianSeconds],
                ["Part des réponses avec un texte libre", Results.FreeTextRate is { } rate ? new Percentage(rate) : null],
                ["Témoignages publiés", Testimonies.Masked ? null : Testimonies.Published],
                .. Results.Masked ? [(IReadOnlyList<object?>)["Anonymat", AnonymityNotice]] : Array.Empty<IReadOnlyList<object?>>(),
                .. questions.Select(q => (IReadOnlyList<object?>)[q.Number, q.Question.Label]),
            ]),
            .. questions.Select(q => QuestionTable(q.Number, q.Question)),
            new("temoignages", "Témoignages publiés", ["Question", "Témoignage", "Pépite", "Publié le"],
                Testimonies.Masked
                    ? [[null, AnonymityNotice, null, null]]
                    : Testimonies.Items.Select(t => (IReadOnlyList<object?>)[t.Question, t.Text, t.IsGem ? "oui" : "non", DateOnly.FromDateTime(t.PublishedAtUtc)]).ToList()),
            .. Benchmark is { Questions.Count: > 0 } ? new[] { ComparisonTable(Benchmark) } : [],
        ];
    }

    /// <summary>A question's figures as the page shows them: the share of respondents where the page gives it.</summary>
    private DataTable QuestionTable(string number, QuestionResult question)
    {
        var id = number.ToLowerInvariant() + "-" + question.Key.Replace('.', '-');
        var caption = $"{number} – {question.Label}";
        if (question.Kind == "freeText")
        {
            return new(id, caption, ["Réponses écrites"], [[WrittenLabel(question.Key)]]);
        }

        if (question.Masked)
        {
            return new(id, caption, ["Réponse", "Nombre", "Répondants à la question"], [[AnonymityNotice, null, question.Respondents]]);
        }

        return question.Kind is "itemScale" or "ranking"
            ? new(id, caption, ["Élément", question.Kind == "ranking" ? "Rang" : "Réponse", "Nombre", "Répondants à la question"],
                question.Rows.Select(r => (IReadOnlyList<object?>)[r.ItemLabel, r.ValueLabel, r.Count, question.Respondents]).ToList())
            : new(id, caption, ["Réponse", "Nombre", "Part des répondants", "Répondants à la question"],
                question.Rows.Select(r => (IReadOnlyList<object?>)
                    [r.ValueLabel, r.Count, question.Respondents == 0 ? null : new Percentage((double)r.Count / question.Respondents), question.Respondents]).ToList());
    }

    /// <summary>Every compared question in one table, the shares as the page shows them.</summary>
    private DataTable ComparisonTable(Benchmark benchmark) => new("comparaison", "Comparaison région et France",
        ["Question", "Élément", "Réponse", "Vos campagnes", $"Votre région ({RegionName})", "France"],
        benchmark.Questions.SelectMany(q => q.Own.Select(v => (IReadOnlyList<object?>)
        [
            q.QuestionLabel,
            q.ItemKey.Length > 0 ? q.ItemLabel : null,
            v.Label,
            new Percentage(Part(v.Responses, q.Respondents[0]) / 100),
            new Percentage(Part(q.Region.FirstOrDefault(r => r.Value == v.Value)?.Responses ?? 0, q.Respondents[1]) / 100),
            new Percentage(Part(q.National.FirstOrDefault(n => n.Value == v.Value)?.Responses ?? 0, q.Respondents[2]) / 100),
        ])).ToList());
}
