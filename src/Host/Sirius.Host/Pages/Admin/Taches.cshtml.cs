using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.BuildingBlocks.Infrastructure.Jobs;

namespace Sirius.Host.Pages.Admin;

/// <summary>The scheduled jobs: schedule, next run, running and last run with progress; run now and cancel.</summary>
public sealed class TachesModel(JobBoard board, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public IReadOnlyList<JobRunView> History { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>The running execution whose cancellation is asked, shown for confirmation.</summary>
    public JobRunView? ToCancel { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static string OutcomeLabel(string outcome) => outcome switch
    {
        JobOutcomes.Running => "en cours",
        JobOutcomes.Succeeded => "réussie",
        JobOutcomes.Failed => "en échec",
        JobOutcomes.Cancelled => "annulée",
        JobOutcomes.Interrupted => "interrompue",
        _ => outcome,
    };

    public static string OutcomeBadge(string outcome) => outcome switch
    {
        JobOutcomes.Succeeded => "fr-badge--success",
        JobOutcomes.Failed => "fr-badge--error",
        JobOutcomes.Running => "fr-badge--info",
        _ => "fr-badge--warning",
    };

    public static string Time(DateTime? utc) => utc is { } value ? value.ToLocalTime().ToString("dd/MM/yyyy HH:mm:ss") : "—";

    /// <summary>« 2 min 05 s », « 1 h 03 min », « 12 s ».</summary>
    public static string Elapsed(DateTime startedUtc, DateTime nowUtc)
    {
        var elapsed = nowUtc - startedUtc;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return elapsed.TotalHours >= 1 ? $"{(int)elapsed.TotalHours} h {elapsed.Minutes:00} min"
            : elapsed.TotalMinutes >= 1 ? $"{elapsed.Minutes} min {elapsed.Seconds:00} s"
            : $"{elapsed.Seconds} s";
    }

    public async Task OnGetAsync(Guid? annuler)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Jobs = await board.ListAsync(HttpContext.RequestAborted);
        ToCancel = Jobs.Select(j => j.Running).FirstOrDefault(r => r is { CancelRequested: false } && r.Id == annuler);
        History = await board.HistoryAsync(20, HttpContext.RequestAborted, withoutRoutine: true);
    }

    public async Task<IActionResult> OnPostLancerAsync(string groupe, string nom)
    {
        Message = await board.RunNowAsync(groupe, nom, HttpContext.RequestAborted)
            ? "La tâche a été lancée. Actualisez la page pour suivre son avancement."
            : "Cette tâche n’existe pas.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAnnulerAsync(Guid execution)
    {
        Message = await board.CancelAsync(execution, HttpContext.RequestAborted)
            ? "L’annulation est demandée : la tâche s’arrêtera à sa prochaine étape."
            : "Cette exécution est déjà terminée.";
        return RedirectToPage();
    }
}
