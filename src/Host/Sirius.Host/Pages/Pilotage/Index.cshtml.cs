using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host.Web;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Pilotage;

/// <summary>The pilots' dashboard: the observer's scope beside the national figures, every table exportable.</summary>
[Authorize(Policy = Roles.Observer)]
public sealed class PilotageModel(IMediator mediator) : PageModel
{
    /// <summary>The formations and establishments the page lists (those with most responses); exports have them all.</summary>
    public const int TopRows = 20;

    private const int ResponsesColumn = 3;

    public StatisticsReport Scope { get; private set; } = null!;

    public StatisticsReport National { get; private set; } = null!;

    public IReadOnlyList<DataTable> Tables { get; private set; } = [];

    public ReferenceNames Names { get; private set; } = null!;

    public string ScopeLabel => Web.ScopeLabel.Of(Scope.ScopeKind, Scope.ScopeCodes, Names);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>One table of the page as CSV or XLSX.</summary>
    public async Task<IActionResult> OnGetExportAsync(string table, string format, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var found = Tables.FirstOrDefault(t => t.Id == table);
        return found is not null && DataTableExport.File(found, format, "pilotage") is { } file ? file : NotFound();
    }

    /// <summary>The page's policy lets only observers and administrators in, whom the statistics queries never refuse.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.AccountId();
        var scope = await mediator.Send(new GetStatistics(actor), cancellationToken);

        // A national scope is its own comparison: asked once.
        var national = scope.ScopeKind == ScopeKinds.National ? scope : await mediator.Send(new GetStatistics(actor, National: true), cancellationToken);

        Scope = scope;
        National = national;
        Names = await mediator.Send(new GetReferenceNames(), cancellationToken);
        Tables = BuildTables(scope, national, Names, AnonymityNotice.For(scope.AnonymityThreshold));
        var impact = await mediator.Send(new GetImpactByRegion(actor, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).AddDays(1)), cancellationToken);
        Tables = [.. Tables.Take(1), ImpactTable(impact, Names), .. Tables.Skip(1)];
        var verbatims = await mediator.Send(new GetVerbatimCounts(actor), cancellationToken);
        var nationalVerbatims = await mediator.Send(new GetVerbatimCounts(actor, National: true), cancellationToken);
        Tables = [.. Tables.Take(1), VerbatimTable(verbatims, nationalVerbatims, AnonymityNotice.For(scope.AnonymityThreshold)), .. Tables.Skip(1)];
    }

    /// <param name="notice">Said above a table whose figures are withheld, in part (« — ») or in whole.</param>
    private static List<DataTable> BuildTables(StatisticsReport scope, StatisticsReport national, ReferenceNames names, string notice)
    {
        var tables = new List<DataTable>
        {
            new("indicateurs", "Indicateurs du périmètre et nationaux", ["Indicateur", "Périmètre", "National"],
            [
                ["Établissements participants", scope.Counters.Establishments, national.Counters.Establishments],
                ["Campagnes", scope.Counters.Campaigns, national.Counters.Campaigns],
                ["Campagnes en cours", scope.Counters.CampaignsOpen, national.Counters.CampaignsOpen],
                ["Campagnes terminées", scope.Counters.CampaignsEnded, national.Counters.CampaignsEnded],
                ["Réponses", scope.Counters.Responses, national.Counters.Responses],
                ["Places prévues (campagnes limitées)", scope.Counters.Seats, national.Counters.Seats],
                ["Taux de réponse sur les places (%)", scope.Counters.ResponseRatePercent, national.Counters.ResponseRatePercent],
                ["Durée médiane de réponse (minutes)", Minutes(scope.Counters.MedianSeconds), Minutes(national.Counters.MedianSeconds)],
                ["Réponses avec texte libre", scope.Counters.FreeTextResponses, national.Counters.FreeTextResponses],
                ["Taux de réponses avec texte libre (%)", scope.Counters.FreeTextRatePercent, national.Counters.FreeTextRatePercent],
                ["Apprentis invités personnellement", scope.Counters.Invited, national.Counters.Invited],
                ["Réponses par invitation personnelle", scope.Counters.InvitationsAnswered, national.Counters.InvitationsAnswered],
                ["Taux de réponse aux invitations (%)", scope.Counters.InvitationResponseRatePercent, national.Counters.InvitationResponseRatePercent],
            ])
            {
                Notice = scope.Masked || national.Masked ? notice : null,
            },
            Breakdown("regions", "Répartition par région", "Région", scope.ByRegion, names.Region, notice),
            Breakdown("departements", "Répartition par département", "Département", scope.ByDepartment, names.Department, notice),
            Breakdown("academies", "Répartition par académie", "Académie", scope.ByAcademy, names.Academy, notice),
            Breakdown("niveaux", "Répartition par niveau de diplôme", "Niveau", scope.ByDiplomaLevel, names.DiplomaLevel, notice),
            Breakdown("formations", "Répartition par formation (CFD)", "CFD", scope.ByFormation, code => code, notice).Top(TopRows, ResponsesColumn),
            Breakdown("etablissements", "Répartition par établissement (SIRET)", "SIRET", scope.ByEstablishment, code => code, notice).Top(TopRows, ResponsesColumn),
            Series("semaines", "Réponses par semaine", "Semaine du", scope.Weekly, national.Weekly),
            Series("mois", "Réponses par mois", "Mois", scope.Monthly, national.Monthly, "MMMM yyyy"),
        };

        var nationalAnswers = national.Answers.ToDictionary(a => (a.QuestionKey, a.ItemKey));
        foreach (var answer in scope.Answers)
        {
            var scopeTotal = answer.Respondents;
            var nationalAnswer = nationalAnswers.GetValueOrDefault((answer.QuestionKey, answer.ItemKey));
            var other = nationalAnswer?.Values ?? [];
            var otherTotal = nationalAnswer?.Respondents ?? 0;
            var id = "question-" + answer.QuestionKey.Replace('.', '-') + (answer.ItemKey.Length > 0 ? "-" + answer.ItemKey.Replace('.', '-') : "");
            tables.Add(new DataTable(
                id,
                "« " + answer.QuestionLabel + " »" + (answer.ItemKey.Length > 0 ? " – « " + answer.ItemLabel + " »" : ""),
                ["Réponse", "Périmètre", "Part des répondants du périmètre (%)", "Part des répondants en France (%)"],
                answer.Values.Select(v => (IReadOnlyList<object?>)
                [
                    v.Label, v.Responses, Percent(v.Responses, scopeTotal),
                    Percent(other.FirstOrDefault(o => o.Value == v.Value)?.Responses ?? 0, otherTotal),
                ]).ToList(),
                "bar")
            {
                Notice = answer.Masked ? notice : null,
            });
        }

        return tables;
    }

    /// <summary>
    /// The impact of the last 12 months per région of the establishment credited, and the country's total (counts of
    /// reading, not of people: no anonymity threshold applies).
    /// </summary>
    private static DataTable ImpactTable(IReadOnlyDictionary<string, ImpactTotals> byRegion, ReferenceNames names)
    {
        static IReadOnlyList<object?> Row(string label, ImpactTotals t) =>
            [label, t.Impressions, t.TestimoniesShown, t.UsefulYes, t.UsefulNo, t.DiscoveryClicks];

        var total = byRegion.Values.Aggregate(ImpactTotals.Zero, (sum, t) => sum.Plus(t));
        return new DataTable("impact", "Impact des témoignages sur les 12 derniers mois, par région",
            ["Région", "Affichages du widget", "Témoignages lus", "« Utile » oui", "« Utile » non", "Clics depuis Découvrir"],
            [
                .. byRegion.Where(r => r.Key.Length > 0).Select(r => (Name: names.Region(r.Key), r.Value))
                    .OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false)).Select(r => Row(r.Name, r.Value)),
                .. byRegion.TryGetValue("", out var unassigned) ? [Row("Sans établissement désigné", unassigned)] : Array.Empty<IReadOnlyList<object?>>(),
                Row("France entière", total),
            ]);
    }

    /// <summary>Each status with the scope's and the country's counts; a group below the anonymity threshold gets none (« — »).</summary>
    private static DataTable VerbatimTable(IReadOnlyList<StatusCount> scope, IReadOnlyList<StatusCount> national, string notice) =>
        new("verbatims", "Verbatims par statut de modération", ["Statut", "Périmètre", "National"],
            ModerationStatuses.All.Select(s => (IReadOnlyList<object?>)
                [s.Label, scope.FirstOrDefault(c => c.Status == s.Value)?.Count, national.FirstOrDefault(c => c.Status == s.Value)?.Count]).ToList(),
            "bar")
        {
            Notice = scope.Count == 0 || national.Count == 0 ? notice : null,
        };

    /// <param name="name">What a person reads for a row's code.</param>
    private static DataTable Breakdown(string id, string caption, string label, IReadOnlyList<BreakdownRow> rows, Func<string, string> name, string notice) =>
        new(id, caption, [label, "Établissements", "Campagnes", "Réponses", "Places", "Réponses avec texte libre"],
            rows.Select(r => (IReadOnlyList<object?>)[name(r.Code), r.Establishments, r.Campaigns, r.Responses, r.Seats, r.FreeTextResponses]).ToList(),
            "bar")
        {
            Notice = rows.Any(r => r.Masked) ? notice + " Une ligne marquée « — » compte moins de réponses, ou sa valeur permettrait de retrouver celle d’une telle ligne." : null,
        };

    private static DataTable Series(string id, string caption, string label, IReadOnlyList<PeriodRow> scope, IReadOnlyList<PeriodRow> national, string format = "dd/MM/yyyy")
    {
        var periods = scope.Select(p => p.Start).Union(national.Select(p => p.Start)).Order();
        return new DataTable(id, caption, [label, "Périmètre", "National"],
            periods.Select(p => (IReadOnlyList<object?>)
            [
                p.ToString(format, CultureInfo.GetCultureInfo("fr-FR")),
                scope.FirstOrDefault(s => s.Start == p)?.Responses ?? 0,
                national.FirstOrDefault(s => s.Start == p)?.Responses ?? 0,
            ]).ToList(),
            "line");
    }

    private static double? Minutes(int? seconds) => seconds is { } s ? Math.Round(s / 60.0, 1) : null;

    private static double? Percent(long part, long total) => total == 0 ? null : Math.Round(100.0 * part / total, 1);
}
